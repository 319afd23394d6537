package dev.vigil.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected rates were printed by PyTorch 1.13's schedulers stepped the same way. */
class LearningRateScheduleTest {

    @Test
    void stepLrMatchesPyTorch() {
        assertRates(ScheduleConfig.step(3, 0.1), new double[] {1, 1, 1, 0.1, 0.1, 0.1, 0.01, 0.01}, null);
    }

    @Test
    void cosineMatchesPyTorchIncludingPastTMax() {
        assertRates(ScheduleConfig.cosine(4, 0.1),
                new double[] {1, 0.868198052, 0.55, 0.231801948, 0.1, 0.231801948, 0.55}, null);
    }

    @Test
    void warmRestartsMatchPyTorch() {
        assertRates(ScheduleConfig.cosineRestarts(3, 0),
                new double[] {1, 0.75, 0.25, 1, 0.75, 0.25, 1, 0.75}, null);
    }

    @Test
    void plateauLowersTheRateAfterPatienceEpochsWithoutImprovement() {
        double[] losses = {10, 9, 9, 9, 9, 8, 8, 8, 8, 8, 1};
        double[] expected = {1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25};
        LearningRateSchedule schedule = new LearningRateSchedule(ScheduleConfig.plateau(0.5, 2), 1.0);
        for (int i = 0; i < losses.length; i++) {
            schedule.step(losses[i]);
            assertEquals(expected[i], schedule.rate(), 1e-12, "after epoch " + (i + 1));
        }
    }

    @Test
    void restoredStateContinuesIdentically() {
        LearningRateSchedule a = new LearningRateSchedule(ScheduleConfig.plateau(0.5, 1), 1e-3);
        double[] losses = {5, 4, 4, 4, 3, 3, 3, 3};
        for (int i = 0; i < 4; i++) {
            a.step(losses[i]);
        }
        LearningRateSchedule b = new LearningRateSchedule(ScheduleConfig.plateau(0.5, 1), 1e-3);
        b.restore(a.state());
        for (int i = 4; i < losses.length; i++) {
            a.step(losses[i]);
            b.step(losses[i]);
            assertEquals(a.rate(), b.rate());
        }
        assertTrue(b.rate() < 1e-3);
    }

    @Test
    void badSettingsNameTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScheduleConfig.step(0, 0.1));
        assertTrue(e.getMessage().contains("step size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScheduleType.parse("steplr2"));
        assertTrue(e.getMessage().contains("StepLR") && e.getMessage().contains("ReduceLROnPlateau"), e.getMessage());
        assertEquals(ScheduleType.STEP, ScheduleType.parse("steplr"));
    }

    private static void assertRates(ScheduleConfig config, double[] expected, double[] losses) {
        LearningRateSchedule schedule = new LearningRateSchedule(config, 1.0);
        assertEquals(expected[0], schedule.rate(), 1e-9);
        for (int i = 1; i < expected.length; i++) {
            schedule.step(losses == null ? Double.NaN : losses[i - 1]);
            assertEquals(expected[i], schedule.rate(), 1e-8, "after " + i + " steps");
        }
    }
}
