package dev.vigil.evaluation;

/**
 * Counts at one threshold: anomalies flagged (true positives) or missed (false negatives), held-out normal clips
 * flagged (false positives) or passed (true negatives). A ratio whose denominator is 0 is NaN ("undefined").
 */
public record Confusion(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    public int positives() {
        return truePositives + falseNegatives;
    }

    public int negatives() {
        return falsePositives + trueNegatives;
    }

    /** Share of flagged clips that are anomalies. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of anomalies flagged (true-positive rate). */
    public double recall() {
        return ratio(truePositives, positives());
    }

    /** 2·TP / (2·TP + FP + FN): the harmonic mean of precision and recall, 0 when nothing right is flagged. */
    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    /** Share of held-out normal clips flagged. */
    public double falsePositiveRate() {
        return ratio(falsePositives, negatives());
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
