package dev.vigil.samples;

/**
 * Where a segment lies in a recorded sequence: the ground truth of a long video.
 *
 * @param activity   the activity of the segment
 * @param firstFrame index of its first frame
 * @param endFrame   index one past its last frame
 */
public record SegmentSpan(Activity activity, int firstFrame, int endFrame) {

    public boolean anomalous() {
        return activity.anomalous();
    }

    public int frames() {
        return endFrame - firstFrame;
    }

    /** Start time in seconds at {@code fps}. */
    public double startSeconds(double fps) {
        return firstFrame / fps;
    }

    /** End time in seconds at {@code fps}. */
    public double endSeconds(double fps) {
        return endFrame / fps;
    }
}
