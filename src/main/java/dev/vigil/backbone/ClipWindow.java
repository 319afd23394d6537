package dev.vigil.backbone;

import dev.vigil.video.VideoInfo;

/**
 * The time range of a video that one embedding covers: frames whose start time lies in [start, end).
 *
 * @param startSeconds first instant, inclusive
 * @param endSeconds   last instant, exclusive; {@link Double#POSITIVE_INFINITY} for "to the end"
 */
public record ClipWindow(double startSeconds, double endSeconds) {

    /** The whole video. */
    public static final ClipWindow WHOLE = new ClipWindow(0, Double.POSITIVE_INFINITY);

    public ClipWindow {
        if (!(startSeconds >= 0) || !(endSeconds > startSeconds)) {
            throw new IllegalArgumentException("window must satisfy 0 <= start < end, got [" + startSeconds + ", "
                    + endSeconds + ")");
        }
    }

    /**
     * The reference's rule for a clip: from 0 s to int(duration) (pytorchvideo {@code get_clip(0, int(duration))}),
     * so a 3.7 s clip is sampled over its first 3 s. Clips shorter than one second are taken whole.
     */
    public static ClipWindow reference(VideoInfo info) {
        double whole = Math.floor(info.durationSeconds());
        return whole >= 1 ? new ClipWindow(0, whole) : WHOLE;
    }

    /** A stable text form for cache keys and tables. */
    public String key() {
        return startSeconds + "-" + (Double.isInfinite(endSeconds) ? "end" : Double.toString(endSeconds));
    }
}
