package dev.vigil.ui.results;

import java.util.ArrayList;
import java.util.List;

/**
 * What a box plot draws for one group of scores: quartiles by linear interpolation between ranks (numpy's default),
 * whiskers at the furthest scores within 1.5 IQR of the box, and an evenly spread sample of the outliers (drawing
 * thousands of circles helps nobody).
 *
 * @param count the number of scores
 */
public record BoxFigures(double mean, double median, double q1, double q3, double lowWhisker, double highWhisker,
                         double min, double max, List<Double> outliers, int count) {

    static final int MAX_OUTLIERS = 200;

    public BoxFigures {
        outliers = List.copyOf(outliers);
    }

    /** The figures of ascending-sorted, finite scores. */
    public static BoxFigures of(double[] sorted) {
        if (sorted.length == 0) {
            return new BoxFigures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, List.of(), 0);
        }
        double q1 = percentile(sorted, 25);
        double q3 = percentile(sorted, 75);
        double reach = 1.5 * (q3 - q1);
        double low = Double.NaN;
        double high = Double.NaN;
        List<Integer> outside = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < sorted.length; i++) {
            double v = sorted[i];
            sum += v;
            if (v < q1 - reach || v > q3 + reach) {
                outside.add(i);
            } else {
                low = Double.isNaN(low) ? v : low;
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

    /** Percentile p (0–100) of ascending scores, interpolating linearly between ranks. */
    static double percentile(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
