package dev.vigil.ui.player;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaybackClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void playingAdvancesAtTheFrameRateTimesTheSpeed() {
        PlaybackClock clock = new PlaybackClock();
        clock.start();
        clock.pulse(SECOND, true, 25, 1, false);
        assertEquals(0, clock.target(), "the first pulse only sets the time");
        clock.pulse(2 * SECOND, true, 25, 1, false);
        assertEquals(25, clock.target());
        clock.pulse(3 * SECOND, true, 25, 2, false);
        assertEquals(75, clock.target());
    }

    @Test
    void theClockStandsStillWhileStarvedOrPaused() {
        PlaybackClock clock = new PlaybackClock();
        clock.jump(10);
        clock.start();
        clock.pulse(SECOND, true, 25, 1, false);
        clock.pulse(2 * SECOND, true, 25, 1, true);
        assertEquals(10, clock.target(), "nothing decoded: delay, do not skip");
        clock.pulse(3 * SECOND, false, 25, 1, false);
        assertEquals(10, clock.target());
        clock.hold(11);
        assertEquals(11, clock.target());
    }
}
