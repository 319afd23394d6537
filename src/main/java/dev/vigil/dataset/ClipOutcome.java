package dev.vigil.dataset;

import dev.vigil.video.VideoInfo;

import java.nio.file.Path;

/**
 * One candidate clip after preparation: a row of the clip table.
 *
 * @param file           the file, absolute
 * @param path           the path as the user sees it (relative to the dataset folder), forward slashes
 * @param sourceClass    the class as found, before grouping
 * @param className      the class after grouping
 * @param anomalous      whether the class is one of the anomalous classes
 * @param status         kept or dropped
 * @param split          the split of a kept clip; null when dropped
 * @param augmentedViews augmented views added for balancing (0 when none); the manifest has 1 + this many rows
 * @param reason         why a dropped clip was dropped; null when kept
 * @param info           what the probe found; null when the file is not a usable video
 */
public record ClipOutcome(Path file, String path, String sourceClass, String className, boolean anomalous,
                          ClipStatus status, Split split, int augmentedViews, String reason, VideoInfo info) {

    public boolean kept() {
        return status == ClipStatus.KEPT;
    }

    /** Duration in seconds, or NaN when the file could not be probed. */
    public double durationSeconds() {
        return info == null ? Double.NaN : info.durationSeconds();
    }

    /** "640×480" as displayed (rotation applied), or "" when unknown. */
    public String resolution() {
        return info == null ? "" : info.displayWidth() + "×" + info.displayHeight();
    }
}
