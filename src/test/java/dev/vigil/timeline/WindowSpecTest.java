package dev.vigil.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Windows on a grid of the stride, a last one flush with the end, one window for a short video. */
class WindowSpecTest {

    @Test
    void windowsFollowTheStrideAndTheLastOneEndsOnTheLastFrame() {
        List<FrameWindow> windows = new WindowSpec(4, 3).plan(12);
        assertEquals(List.of(new FrameWindow(0, 0, 3), new FrameWindow(1, 3, 6), new FrameWindow(2, 6, 9),
                new FrameWindow(3, 8, 11)), windows);
    }

    @Test
    void noExtraWindowWhenTheGridEndsOnTheLastFrame() {
        assertEquals(List.of(new FrameWindow(0, 0, 3), new FrameWindow(1, 2, 5), new FrameWindow(2, 4, 7)),
                new WindowSpec(4, 2).plan(8));
    }

    @Test
    void aVideoShorterThanAWindowIsOneWindowAndAnEmptyOneNone() {
        assertEquals(List.of(new FrameWindow(0, 0, 4)), new WindowSpec(32, 8).plan(5));
        assertEquals(List.of(new FrameWindow(0, 0, 31)), new WindowSpec(32, 8).plan(32));
        assertTrue(new WindowSpec(32, 8).plan(0).isEmpty());
    }

    @Test
    void everyFrameIsCoveredAndWindowsAreNumberedInOrder() {
        List<FrameWindow> windows = new WindowSpec(32, 8).plan(1001);
        for (int f = 0; f < 1001; f++) {
            int frame = f;
            assertTrue(windows.stream().anyMatch(w -> w.covers(frame)), "frame " + f);
        }
        for (int i = 0; i < windows.size(); i++) {
            assertEquals(i, windows.get(i).index());
            assertEquals(32, windows.get(i).frames());
        }
    }

    @Test
    void aWindowAsATimeRangeHoldsExactlyItsFrames() {
        FrameWindow w = new FrameWindow(3, 24, 55);
        assertEquals(24 / 25.0, w.clipWindow(25).startSeconds(), 1e-12);
        assertEquals(56 / 25.0, w.clipWindow(25).endSeconds(), 1e-12);
    }

    @Test
    void wrongSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WindowSpec(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new WindowSpec(8, 0));
    }
}
