package dev.vigil.ui.player;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The long-video timeline's time axis: round steps that fit the width, in words a person reads. */
class TimelineAxisTest {

    @Test
    void aMinuteOnAWideTimelineIsTickedEveryTenSeconds() {
        assertEquals(List.of(10.0, 20.0, 30.0, 40.0, 50.0), AnomalyTimeline.ticks(60, 900));
    }

    @Test
    void anHourOnANarrowTimelineTakesStepsOfMinutes() {
        List<Double> ticks = AnomalyTimeline.ticks(3600, 400);
        assertEquals(List.of(900.0, 1800.0, 2700.0), ticks);
        assertTrue(AnomalyTimeline.ticks(24, 600).stream().allMatch(t -> t % 5 == 0 && t > 0 && t < 24));
    }

    @Test
    void noSpaceOrNoLengthHasNoTicks() {
        assertTrue(AnomalyTimeline.ticks(0, 600).isEmpty());
        assertTrue(AnomalyTimeline.ticks(60, 0).isEmpty());
    }

    @Test
    void ticksReadAsMinutesAndSeconds() {
        assertEquals("0:05", TimeText.tick(5));
        assertEquals("1:30", TimeText.tick(90));
        assertEquals("1:00:00", TimeText.tick(3600));
    }
}
