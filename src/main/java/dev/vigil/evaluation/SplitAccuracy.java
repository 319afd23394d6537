package dev.vigil.evaluation;

import dev.vigil.dataset.Split;

/**
 * One row of the reference's accuracy table: for the anomaly split the share of clips flagged, for a normal split
 * the share not flagged. NaN for an empty split.
 *
 * @param split   the split
 * @param clips   clips in it that have a score
 * @param flagged clips with a score at or above the threshold
 */
public record SplitAccuracy(Split split, int clips, int flagged) {

    public double accuracy() {
        if (clips == 0) {
            return Double.NaN;
        }
        double share = (double) flagged / clips;
        return split == Split.ANOMALY ? share : 1 - share;
    }
}
