package dev.vigil.ui.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The few statistics the results screen computes itself: flagged counts by binary search over sorted scores,
 * box-plot figures, and a threshold suggestion (95th percentile of validation scores). They follow the reference's
 * definitions and are kept to what the screen needs, to give way to {@code dev.vigil.evaluation}'s threshold table,
 * summaries and suggestions.
 */
public final class InterimStatistics {

    /** The percentile of validation scores suggested as threshold when nothing better is known. */
    public static final double SUGGESTED_PERCENTILE = 95;

    private InterimStatistics() {
    }

    /**
     * Box-plot figures: quartiles by linear interpolation, whiskers at the furthest scores within 1.5 IQR of the box,
     * a capped, evenly spread sample of the outliers (drawing thousands of circles helps nobody).
     */
    public record BoxFigures(double mean, double median, double q1, double q3, double lowWhisker, double highWhisker,
                             double min, double max, List<Double> outliers, int count) {
    }

    static final int MAX_OUTLIERS = 200;

    /** Number of scores at or above {@code threshold} in ascending {@code sorted}: O(log n). */
    public static int atOrAbove(double[] sorted, double threshold) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return sorted.length - low;
    }

    /** Percentile p (0–100) of ascending {@code sorted}, linear interpolation between ranks (numpy's default). */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** The finite scores, ascending. */
    public static double[] sortedFinite(double[] scores) {
        double[] finite = Arrays.stream(scores).filter(Double::isFinite).toArray();
        Arrays.sort(finite);
        return finite;
    }

    public static BoxFigures box(double[] sorted) {
        if (sorted.length == 0) {
            return new BoxFigures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, List.of(), 0);
        }
        double q1 = percentile(sorted, 25);
        double q3 = percentile(sorted, 75);
        double reach = 1.5 * (q3 - q1);
        double low = sorted[0];
        double high = sorted[sorted.length - 1];
        List<Integer> outside = new ArrayList<>();
        double sum = 0;
        boolean lowSet = false;
        for (int i = 0; i < sorted.length; i++) {
            double v = sorted[i];
            sum += v;
            if (v < q1 - reach || v > q3 + reach) {
                outside.add(i);
            } else {
                if (!lowSet) {
                    low = v;
                    lowSet = true;
                }
                high = v;
            }
        }
        List<Double> outliers = new ArrayList<>();
        int step = Math.max(1, (int) Math.ceil(outside.size() / (double) MAX_OUTLIERS));
        for (int i = 0; i < outside.size(); i += step) {
            outliers.add(sorted[outside.get(i)]);
        }
        return new BoxFigures(sum / sorted.length, percentile(sorted, 50), q1, q3, low, high, sorted[0],
                sorted[sorted.length - 1], outliers, sorted.length);
    }
}
