package dev.vigil.timeline;

/**
 * A range of frames, 0-based and inclusive: a ground-truth event.
 *
 * @param first first frame, 0-based
 * @param last  last frame, inclusive
 */
public record FrameRange(long first, long last) {

    public FrameRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("frame range must satisfy 0 <= first <= last, got [" + first + ", "
                    + last + "]");
        }
    }

    /** From the 1-based inclusive numbers public benchmarks publish. */
    public static FrameRange oneBased(long start, long end) {
        return new FrameRange(start - 1, end - 1);
    }

    public long frames() {
        return last - first + 1;
    }
}
