package dev.vigil.timeline;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

import java.util.Locale;

/**
 * Temporal smoothing of per-frame scores, centred on each frame, so that a one-window blip does not become an
 * alarm and an event's scores form one hill. At the ends of the video the kernel is cut and renormalised, so the
 * first and last frames are not pulled toward zero.
 *
 * @param kernel the kernel's shape
 * @param width  frames the kernel spans; an even width is taken as the next odd one so that it is centred;
 *               0 or 1 means no smoothing
 */
public record Smoothing(Kernel kernel, int width) {

    /** No smoothing. */
    public static final Smoothing NONE = new Smoothing(Kernel.BOX, 0);

    /** The kernel's shape. */
    public enum Kernel implements Identified {
        /** Moving average: every frame of the span counts the same. */
        BOX,
        /** Gaussian with σ = width / 6, so that ±3σ spans the same frames as the moving average. */
        GAUSSIAN;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kernel parse(String text) {
            String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            // "mean" and "moving-average" also name the box, so matching ids alone would refuse them
            return switch (key) {
                case "box", "mean", "moving-average" -> BOX;
                case "gaussian" -> GAUSSIAN;
                default -> throw new IllegalArgumentException("'" + text + "' is not a smoothing kernel (allowed: "
                        + EnumIds.allowed(Kernel.class) + ")");
            };
        }
    }

    public Smoothing {
        if (kernel == null) {
            throw new IllegalArgumentException("smoothing kernel is missing");
        }
        if (width < 0) {
            throw new IllegalArgumentException("smoothing width must be 0 or more frames, got " + width);
        }
    }

    public boolean isNone() {
        return width <= 1;
    }

    /** Half the span: the kernel covers frames f − radius … f + radius. */
    public int radius() {
        return width / 2;
    }

    /**
     * The kernel's weights over frames f − radius … f + radius, not normalised (each frame's sum is divided by the
     * weights that fall inside the video): what a scorer that sees frames one at a time needs to smooth as this does.
     */
    public double[] weights() {
        int radius = isNone() ? 0 : radius();
        double[] weights = new double[2 * radius + 1];
        double sigma = width / 6.0;
        for (int k = -radius; k <= radius; k++) {
            weights[k + radius] = kernel == Kernel.BOX ? 1 : Math.exp(-0.5 * k * k / (sigma * sigma));
        }
        return weights;
    }

    /** The smoothed scores (a new array). */
    public double[] apply(double[] scores) {
        if (isNone() || scores.length == 0) {
            return scores.clone();
        }
        return kernel == Kernel.BOX ? box(scores, radius()) : gaussian(scores, radius(), weights());
    }

    private static double[] box(double[] scores, int radius) {
        int n = scores.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + scores[i];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int from = Math.max(0, i - radius);
            int to = Math.min(n - 1, i + radius);
            out[i] = (prefix[to + 1] - prefix[from]) / (to - from + 1);
        }
        return out;
    }

    private static double[] gaussian(double[] scores, int radius, double[] weights) {
        int n = scores.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double weight = 0;
            for (int k = Math.max(-radius, -i); k <= Math.min(radius, n - 1 - i); k++) {
                sum += weights[k + radius] * scores[i + k];
                weight += weights[k + radius];
            }
            out[i] = sum / weight;
        }
        return out;
    }

    /** "none", "box 9" or "gaussian 25", for reports. */
    public String describe() {
        return isNone() ? "none" : kernel.id() + " " + (2 * radius() + 1);
    }
}
