package dev.vigil.backbone;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The descriptor on frames made in memory: a textured block moving by a known number of pixels per frame. */
class SpaceTimeDescriptorTest {

    private static final int SIDE = 128;

    /** 8 pairs of a 40-pixel textured block on a flat background, moving (dx, dy) pixels per frame. */
    private static float[][] movingBlock(float dx, float dy) {
        float[][] frames = new float[16][];
        for (int f = 0; f < 16; f++) {
            int step = (f / 2) * 2 + f % 2;
            frames[f] = render(44 + dx * step, 44 + dy * step);
        }
        return frames;
    }

    /**
     * A smooth texture, evaluated exactly at sub-pixel positions so that a shift is a true shift, and symmetric
     * about the block's vertical axis so that its mirror image is itself.
     */
    static float pattern(float x, float y) {
        double cx = x - 19.5;
        return 0.5f + (float) (0.2 * Math.cos(0.7 * cx) * Math.sin(0.3 * y) + 0.15 * Math.cos(0.4 * cx) * Math.cos(0.5 * y));
    }

    private static float[] render(float ox, float oy) {
        float[] img = new float[SIDE * SIDE];
        java.util.Arrays.fill(img, 0.1f);
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                float tx = x - ox;
                float ty = y - oy;
                if (tx >= 0 && ty >= 0 && tx <= 39 && ty <= 39) {
                    img[y * SIDE + x] = pattern(tx, ty);
                }
            }
        }
        return img;
    }

    /** Weighted mean bin of the whole-clip speed histogram (values squared back to the votes' proportions). */
    private static double meanSpeedBin(float[] d) {
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < 8; k++) {
            double votes = d[32 + k] * d[32 + k];
            sum += k * votes;
            weight += votes;
        }
        return sum / weight;
    }

    @Test
    void speedHistogramFollowsTheSpeedInFrameSidesPerSecond() {
        double fps = 25;
        for (float pixels : new float[] {0.5f, 1.5f, 4f}) {
            float[] d = SpaceTimeDescriptor.compute(movingBlock(pixels, 0), SIDE, SIDE, fps);
            double speed = pixels * fps / SIDE;
            double expected = Math.log(speed / SpaceTimeDescriptor.STATIC_SPEED) / Math.log(2);
            assertEquals(expected, meanSpeedBin(d), 0.75, pixels + " px/frame");
        }
        float[] slow = SpaceTimeDescriptor.compute(movingBlock(1, 0), SIDE, SIDE, 10);
        float[] fast = SpaceTimeDescriptor.compute(movingBlock(1, 0), SIDE, SIDE, 25);
        assertTrue(meanSpeedBin(fast) > meanSpeedBin(slow) + 0.8, "same pixels per frame at 25 fps is faster");
    }

    @Test
    void flowDirectionLandsInTheRightBinsAndLeftIsMirroredToRight() {
        float[] right = SpaceTimeDescriptor.compute(movingBlock(1.5f, 0), SIDE, SIDE, 25);
        float[] down = SpaceTimeDescriptor.compute(movingBlock(0, 1.5f), SIDE, SIDE, 25);
        float[] left = SpaceTimeDescriptor.compute(movingBlock(-1.5f, 0), SIDE, SIDE, 25);
        // HOF bins are centred at 22.5° + k·45°; image y grows downwards
        assertTrue(share(right, 8, 7) + share(right, 8, 0) > 0.8, "rightward flow in bins 7 and 0");
        assertTrue(share(down, 8, 1) + share(down, 8, 2) > 0.8, "downward flow in bins 1 and 2");
        assertArrayEquals(right, left, 0.02f);
    }

    @Test
    void nothingMovingGivesTheZeroVector() {
        float[][] still = movingBlock(0, 0);
        float[] d = SpaceTimeDescriptor.compute(still, SIDE, SIDE, 25);
        for (float v : d) {
            assertEquals(0f, v);
        }
    }

    private static double share(float[] d, int offset, int bin) {
        double total = 0;
        for (int k = 0; k < 8; k++) {
            total += d[offset + k] * d[offset + k];
        }
        return d[offset + bin] * d[offset + bin] / total;
    }
}
