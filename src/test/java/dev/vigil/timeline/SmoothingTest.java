package dev.vigil.timeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Centred smoothing, computed by hand, with the kernel cut and renormalised at the ends. */
class SmoothingTest {

    private static final double[] SPIKE = {0, 0, 0, 9, 0, 0, 0};

    @Test
    void aMovingAverageOfThreeSpreadsASpikeOverItsNeighbours() {
        double[] smoothed = new Smoothing(Smoothing.Kernel.BOX, 3).apply(SPIKE);
        assertArrayEquals(new double[] {0, 0, 3, 3, 3, 0, 0}, smoothed, 1e-12);
    }

    @Test
    void atTheEndsOnlyTheFramesThatExistAreAveraged() {
        double[] smoothed = new Smoothing(Smoothing.Kernel.BOX, 5).apply(new double[] {4, 2, 0, 0, 6});
        // frame 0 averages frames 0..2, frame 1 frames 0..3, frame 2 all five, frame 4 frames 2..4
        assertArrayEquals(new double[] {2, 1.5, 2.4, 2, 2}, smoothed, 1e-12);
    }

    @Test
    void anEvenWidthIsCentredAsTheNextOddOne() {
        assertArrayEquals(new Smoothing(Smoothing.Kernel.BOX, 3).apply(SPIKE),
                new Smoothing(Smoothing.Kernel.BOX, 2).apply(SPIKE), 0);
        assertEquals("box 3", new Smoothing(Smoothing.Kernel.BOX, 2).describe());
    }

    @Test
    void theGaussianWeighsByDistanceWithSigmaASixthOfTheWidth() {
        // width 6: radius 3, sigma 1; weights exp(-k^2/2) for k = -3..3
        double[] w = new double[4];
        for (int k = 0; k <= 3; k++) {
            w[k] = Math.exp(-0.5 * k * k);
        }
        double[] smoothed = new Smoothing(Smoothing.Kernel.GAUSSIAN, 6).apply(SPIKE);
        assertEquals(9 * w[0] / (w[0] + 2 * (w[1] + w[2] + w[3])), smoothed[3], 1e-12);
        // frame 2 reaches frames 0..5 (k = -2..3), frame 5 frames 2..6 (k = -3..1)
        assertEquals(9 * w[1] / (w[0] + 2 * w[1] + 2 * w[2] + w[3]), smoothed[2], 1e-12);
        assertEquals(9 * w[2] / (w[0] + 2 * w[1] + w[2] + w[3]), smoothed[5], 1e-12);
        // frame 0 sees the spike at distance 3 and only frames 0..3 of the kernel
        assertEquals(9 * w[3] / (w[0] + w[1] + w[2] + w[3]), smoothed[0], 1e-12);
    }

    @Test
    void widthZeroOrOneChangesNothing() {
        assertArrayEquals(SPIKE, Smoothing.NONE.apply(SPIKE), 0);
        assertArrayEquals(SPIKE, new Smoothing(Smoothing.Kernel.GAUSSIAN, 1).apply(SPIKE), 0);
    }

    @Test
    void wrongSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Smoothing(Smoothing.Kernel.BOX, -1));
        assertThrows(IllegalArgumentException.class, () -> Smoothing.Kernel.parse("median"));
    }
}
