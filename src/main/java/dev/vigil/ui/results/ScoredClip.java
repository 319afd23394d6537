package dev.vigil.ui.results;

import dev.vigil.dataset.Split;

import java.nio.file.Path;

/**
 * A clip with its anomaly score, as the results and review screens show it.
 *
 * @param path      path relative to the dataset root
 * @param file      the clip's file, to play it
 * @param className its class
 * @param split     its split, or null before the dataset is prepared
 * @param anomaly   true when labelled an anomaly
 * @param score     the detector's score (higher = more anomalous), NaN when not scored
 */
public record ScoredClip(String path, Path file, String className, Split split, boolean anomaly, double score) {

    /** "train", "val", "test", "anomaly", or "—" before preparation. */
    public String splitName() {
        return split == null ? "—" : split.id();
    }

    /** True when the score reaches the threshold. */
    public boolean flaggedAt(double threshold) {
        return score >= threshold;
    }

    /** True when the verdict at {@code threshold} disagrees with the label. */
    public boolean misjudgedAt(double threshold) {
        return !Double.isNaN(score) && flaggedAt(threshold) != anomaly;
    }

    /** "anomaly" or "normal" at the threshold, "—" when unscored. */
    public String verdict(double threshold) {
        if (Double.isNaN(score) || Double.isNaN(threshold)) {
            return "—";
        }
        return flaggedAt(threshold) ? "anomaly" : "normal";
    }
}
