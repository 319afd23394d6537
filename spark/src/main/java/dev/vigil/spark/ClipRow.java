package dev.vigil.spark;

import java.io.Serializable;

/**
 * One video's row of {@code clip_scores}: the columns of {@code vigil score}'s CSV (path, score, verdict, reason)
 * and the video's name the dataset is partitioned by. With a timeline bundle the score is the video's highest frame
 * score and the verdict says whether any segment was flagged.
 *
 * @param score   null when the video failed
 * @param verdict anomaly, normal or failed
 * @param reason  why it failed (or a note on a video scored only in part), else empty
 */
record ClipRow(String video, String path, Double score, String verdict, String reason) implements Serializable {

    static final String FAILED = "failed";

    static ClipRow failed(VideoInput video, String reason) {
        return new ClipRow(video.name(), video.path(), null, FAILED, reason);
    }

    static ClipRow scored(VideoInput video, double score, boolean anomaly, String note) {
        return new ClipRow(video.name(), video.path(), score, anomaly ? "anomaly" : "normal", note);
    }

    boolean ok() {
        return !FAILED.equals(verdict);
    }
}
