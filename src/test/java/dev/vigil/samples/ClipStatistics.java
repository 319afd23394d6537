package dev.vigil.samples;

import dev.vigil.video.RgbFrames;

import java.util.Arrays;

/** Cheap per-clip statistics of decoded frames for the property tests: mean colour and motion energy by body region. */
final class ClipStatistics {

    /** A pixel counts as moving when its brightness changes by more than this between frames (well above noise). */
    static final int MOTION_THRESHOLD = 16;
    /** Body regions as heights above the ground in figure units: legs, hips and torso, chest arms and head. */
    static final double[] BANDS = {0, 0.3, 0.65, 1.15};
    static final int THIRDS = 3;

    private ClipStatistics() {
    }

    /** Mean red, green, blue over all frames and pixels. */
    static double[] meanRgb(RgbFrames frames) {
        double[] sum = new double[3];
        byte[] data = frames.data();
        for (int i = 0; i < data.length; i++) {
            sum[i % 3] += data[i] & 0xff;
        }
        long pixels = (long) frames.frames() * frames.height() * frames.width();
        return new double[] {sum[0] / pixels, sum[1] / pixels, sum[2] / pixels};
    }

    /**
     * Moving pixels per body region and third of the clip, each divided by the figure's area in pixels and the
     * number of frame pairs, so that a small figure and a large one doing the same thing score alike. The regions
     * are horizontal bands at the figure's depth: {@code scale} is the figure height and {@code groundY} the ground
     * row, both in the coordinates of the decoded frames.
     *
     * @return {@code THIRDS × (BANDS.length - 1)} values, third by third
     */
    static double[] regionEnergy(RgbFrames frames, double groundY, double scale) {
        int bands = BANDS.length - 1;
        double[] energy = new double[THIRDS * bands];
        int[] pairs = new int[THIRDS];
        int w = frames.width();
        int h = frames.height();
        for (int t = 1; t < frames.frames(); t++) {
            int third = Math.min(THIRDS - 1, (t - 1) * THIRDS / (frames.frames() - 1));
            pairs[third]++;
            for (int y = 0; y < h; y++) {
                double above = (groundY - y - 0.5) / scale;
                int band = band(above);
                if (band < 0) {
                    continue;
                }
                for (int x = 0; x < w; x++) {
                    if (Math.abs(luma(frames, t, y, x) - luma(frames, t - 1, y, x)) > MOTION_THRESHOLD) {
                        energy[third * bands + band]++;
                    }
                }
            }
        }
        for (int i = 0; i < energy.length; i++) {
            energy[i] /= Math.max(1, pairs[i / bands]) * scale * scale;
        }
        return energy;
    }

    private static int band(double above) {
        for (int b = 0; b + 1 < BANDS.length; b++) {
            if (above >= BANDS[b] - 0.05 && above < BANDS[b + 1]) {
                return b;
            }
        }
        return -1;
    }

    private static double luma(RgbFrames f, int t, int y, int x) {
        return 0.299 * f.value(t, y, x, 0) + 0.587 * f.value(t, y, x, 1) + 0.114 * f.value(t, y, x, 2);
    }

    /** Area under the ROC curve of scores where {@code positives} should score higher than {@code negatives}. */
    static double auroc(double[] positives, double[] negatives) {
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / ((double) positives.length * negatives.length);
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    static double[] mean(Iterable<double[]> vectors) {
        double[] sum = null;
        int n = 0;
        for (double[] v : vectors) {
            sum = sum == null ? new double[v.length] : sum;
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
            n++;
        }
        if (sum == null) {
            throw new IllegalArgumentException("no vectors");
        }
        int count = n;
        return Arrays.stream(sum).map(s -> s / count).toArray();
    }
}
