package dev.vigil.timeline;

/**
 * How flagged frames become flagged segments.
 *
 * @param minLength a segment shorter than this many frames (after gap closing) is dropped; 1 keeps every segment
 * @param gap       two runs of flagged frames separated by at most this many unflagged frames are one segment;
 *                  0 closes nothing
 */
public record SegmentRules(int minLength, int gap) {

    /** Every run of flagged frames is a segment. */
    public static final SegmentRules NONE = new SegmentRules(1, 0);

    public SegmentRules {
        if (minLength < 1) {
            throw new IllegalArgumentException("minimum segment length must be at least 1 frame, got " + minLength);
        }
        if (gap < 0) {
            throw new IllegalArgumentException("gap must be 0 or more frames, got " + gap);
        }
    }

    /**
     * Defaults that follow the windows: gaps up to one window length are closed (a dip shorter than a window is
     * the same event seen by fewer windows), and segments shorter than one stride are dropped (no single window's
     * grid step makes an alarm on its own).
     */
    public static SegmentRules forWindows(WindowSpec windows) {
        return new SegmentRules(windows.stride(), windows.length());
    }
}
