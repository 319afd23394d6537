package dev.vigil.ui.results;

/**
 * One row of the accuracy table at a threshold, in the reference's terms: for the anomaly split the share of clips
 * flagged, for each normal split the share not flagged.
 *
 * @param split    split name
 * @param clips    clips in the split
 * @param flagged  clips scoring at or above the threshold
 * @param accuracy the share judged right
 */
public record AccuracyRow(String split, int clips, int flagged, double accuracy) {
}
