package dev.vigil.evaluation;

import dev.vigil.dataset.Split;

import java.util.List;

/**
 * What one threshold does: the reference's accuracy per split, and the confusion counts of held-out normal clips
 * against anomalies. A clip is flagged when its score is at or above the threshold, as in the reference.
 *
 * @param threshold the threshold
 * @param accuracy  one row per split, in the order train, val, test, anomaly
 * @param confusion anomalies (label 1) against normal validation and test clips
 */
public record ThresholdResult(double threshold, List<SplitAccuracy> accuracy, Confusion confusion) {

    public ThresholdResult {
        accuracy = List.copyOf(accuracy);
    }

    public SplitAccuracy of(Split split) {
        return accuracy.stream().filter(a -> a.split() == split).findFirst().orElseThrow();
    }
}
