package dev.vigil.timeline;

import dev.vigil.backbone.ClipWindow;

/**
 * One window of a long video: the frames {@code first..last} (0-based, inclusive) that one embedding covers.
 *
 * @param index position of the window in its video's plan
 * @param first first frame, 0-based
 * @param last  last frame, inclusive
 */
public record FrameWindow(int index, long first, long last) {

    public FrameWindow {
        if (index < 0 || first < 0 || last < first) {
            throw new IllegalArgumentException("window " + index + " must satisfy 0 <= first <= last, got [" + first
                    + ", " + last + "]");
        }
    }

    /** Frames in the window. */
    public long frames() {
        return last - first + 1;
    }

    public boolean covers(long frame) {
        return frame >= first && frame <= last;
    }

    /**
     * The same frames as a time range, for {@link dev.vigil.backbone.Backbone#prepare}: frame k starts at k / fps,
     * so [first / fps, (last + 1) / fps) holds exactly frames first..last.
     */
    public ClipWindow clipWindow(double fps) {
        return new ClipWindow(first / fps, (last + 1) / fps);
    }

    /** A stable text form for cache keys: the frame range, independent of the window length and stride. */
    public String key() {
        return "frames " + first + "-" + last;
    }
}
