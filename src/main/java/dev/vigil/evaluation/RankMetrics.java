package dev.vigil.evaluation;

import java.util.Arrays;

/**
 * Threshold-free measures of how well scores separate anomalies (positives) from normal clips (negatives).
 *
 * <ul>
 *   <li>AUROC is the Mann–Whitney statistic: the probability that a random anomaly scores higher than a random
 *       normal clip, a tie counting one half. It equals the trapezoidal area under the ROC curve.</li>
 *   <li>AUPRC is the average precision, {@code Σ (Rₖ − Rₖ₋₁)·Pₖ} over the distinct thresholds from the highest
 *       down, tied scores forming one step (scikit-learn's {@code average_precision_score}); it is not the
 *       trapezoidal area, which overestimates a step curve.</li>
 * </ul>
 */
public final class RankMetrics {

    private RankMetrics() {
    }

    /** AUROC of positives against negatives; NaN when either is empty. Arrays need not be sorted. */
    public static double auroc(double[] positives, double[] negatives) {
        double[] p = positives.clone();
        double[] n = negatives.clone();
        Arrays.sort(p);
        Arrays.sort(n);
        return aurocSorted(p, n);
    }

    /** AUROC of ascending-sorted positives and negatives, from average ranks: O(n). */
    static double aurocSorted(double[] p, double[] n) {
        if (p.length == 0 || n.length == 0) {
            return Double.NaN;
        }
        int i = 0;
        int j = 0;
        double rank = 0;
        double positiveRanks = 0;
        while (i < p.length || j < n.length) {
            double value = i < p.length && (j >= n.length || p[i] <= n[j]) ? p[i] : n[j];
            int tiedP = 0;
            while (i < p.length && p[i] == value) {
                i++;
                tiedP++;
            }
            int tiedN = 0;
            while (j < n.length && n[j] == value) {
                j++;
                tiedN++;
            }
            int tied = tiedP + tiedN;
            double averageRank = rank + (tied + 1) / 2.0;
            positiveRanks += tiedP * averageRank;
            rank += tied;
        }
        double u = positiveRanks - p.length * (p.length + 1) / 2.0;
        return u / ((double) p.length * n.length);
    }

    /** Average precision of positives against negatives; NaN without positives, 1 without negatives. */
    public static double averagePrecision(double[] positives, double[] negatives) {
        double[] p = positives.clone();
        double[] n = negatives.clone();
        Arrays.sort(p);
        Arrays.sort(n);
        return averagePrecisionSorted(p, n);
    }

    static double averagePrecisionSorted(double[] p, double[] n) {
        if (p.length == 0) {
            return Double.NaN;
        }
        double ap = 0;
        double previousRecall = 0;
        for (CurvePoint point : Curves.pr(p, n)) {
            ap += (point.x() - previousRecall) * point.y();
            previousRecall = point.x();
        }
        return ap;
    }
}
