package dev.vigil.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Held-out windows: one seeded stretch per video, no training window sharing a frame with it. */
class WindowSplitTest {

    private static final List<FrameWindow> WINDOWS = new WindowSpec(32, 8).plan(1000);

    @Test
    void aStretchIsHeldOutAndNoTrainingWindowSharesAFrameWithIt() {
        WindowSplit split = WindowSplit.of(WINDOWS, 0.2, 42, "a.mp4");
        int held = split.validation().size();
        assertEquals(Math.round(0.2 * WINDOWS.size()), held);
        for (int i = 1; i < held; i++) {
            assertEquals(split.validation().get(i - 1).index() + 1, split.validation().get(i).index(), "contiguous");
        }
        long from = split.validation().get(0).first();
        long to = split.validation().get(held - 1).last();
        for (FrameWindow w : split.train()) {
            assertTrue(w.last() < from || w.first() > to, w + " overlaps the held-out frames " + from + "-" + to);
        }
        // windows overlapping the stretch are in neither set: W / S - 1 = 3 on each side at most
        int left = WINDOWS.size() - held - split.train().size();
        assertTrue(left > 0 && left <= 6, left + " windows left out");
    }

    @Test
    void theSameSeedAndVideoGiveTheSameSplitAndVideosDiffer() {
        assertEquals(WindowSplit.of(WINDOWS, 0.2, 42, "a.mp4"), WindowSplit.of(WINDOWS, 0.2, 42, "a.mp4"));
        assertNotEquals(WindowSplit.of(WINDOWS, 0.2, 42, "a.mp4").validation(),
                WindowSplit.of(WINDOWS, 0.2, 42, "b.mp4").validation());
    }

    @Test
    void aShortVideoOrAZeroFractionTrainsOnEverything() {
        List<FrameWindow> three = new WindowSpec(32, 8).plan(48);
        assertEquals(3, three.size());
        assertEquals(three, WindowSplit.of(three, 0.2, 1, "v").train());
        assertEquals(WINDOWS, WindowSplit.of(WINDOWS, 0, 1, "v").train());
    }

    @Test
    void thePercentileThresholdInterpolatesBetweenRanks() {
        double[] scores = {4, 1, 3, 2, 5};
        assertEquals(4.6, ThresholdRule.percentile(scores, 90), 1e-12);
        assertEquals(3, ThresholdRule.percentile(scores, 50), 1e-12);
        ThresholdRule.Threshold t = ThresholdRule.percentileOf(90).resolve(scores, new double[0]);
        assertEquals(4.6, t.value(), 1e-12);
        assertTrue(t.source().contains("90th percentile of 5 held-out"), t.source());
        assertEquals(7, ThresholdRule.fixed(7).resolve(scores, new double[0]).value());
    }
}
