package dev.vigil.timeline;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where the threshold on frame scores comes from: a value given by the user, or a percentile of the scores of
 * normal windows held out from training (the default; see {@link WindowSplit}).
 *
 * @param value      the threshold, or NaN to use the percentile
 * @param percentile in [0, 100]: 99 flags about 1 % of normal windows
 */
public record ThresholdRule(double value, double percentile) {

    /** 99th percentile: on hours of normal footage, 5 % would already be a false alarm every few minutes. */
    public static final double DEFAULT_PERCENTILE = 99;

    public ThresholdRule {
        if (!Double.isNaN(value) && Double.isInfinite(value)) {
            throw new IllegalArgumentException("threshold must be a finite number, got " + value);
        }
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
        }
    }

    public static ThresholdRule percentileOf(double percentile) {
        return new ThresholdRule(Double.NaN, percentile);
    }

    public static ThresholdRule fixed(double value) {
        return new ThresholdRule(value, DEFAULT_PERCENTILE);
    }

    public boolean isFixed() {
        return !Double.isNaN(value);
    }

    /**
     * The threshold on these scores.
     *
     * @param heldOut scores of held-out normal windows (may be empty)
     * @param train   scores of the training windows, used only when none were held out: they flatter the
     *                detector (kNN finds each training window itself), so the threshold comes out low
     */
    public Threshold resolve(double[] heldOut, double[] train) {
        if (isFixed()) {
            return new Threshold(value, "given");
        }
        boolean held = heldOut.length > 0;
        double[] scores = held ? heldOut : train;
        if (scores.length == 0) {
            throw new IllegalStateException("no normal window was scored: the threshold cannot be chosen by percentile");
        }
        return new Threshold(percentile(scores, percentile), String.format(Locale.ROOT,
                "%s percentile of %d %s normal windows", ordinal(percentile), scores.length,
                held ? "held-out" : "training"));
    }

    /** Linear interpolation between ranks, numpy's default. */
    public static double percentile(double[] values, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = percentile / 100 * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }

    private static String ordinal(double p) {
        if (p != Math.rint(p)) {
            return String.format(Locale.ROOT, "%sth", p);
        }
        long n = (long) p;
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /**
     * A resolved threshold.
     *
     * @param value  frames scoring at or above it are flagged
     * @param source how it was chosen, for reports
     */
    public record Threshold(double value, String source) {
    }
}
