package dev.vigil.timeline;

/**
 * A stretch of a video whose frames are at or above the threshold.
 *
 * @param first     first frame, 0-based
 * @param last      last frame, inclusive
 * @param peakFrame the frame with the highest score (the first one on a tie)
 * @param peakScore its score
 */
public record FlaggedSegment(long first, long last, long peakFrame, double peakScore) {

    public FlaggedSegment {
        if (first < 0 || last < first || peakFrame < first || peakFrame > last) {
            throw new IllegalArgumentException("segment must satisfy 0 <= first <= peak <= last, got [" + first + ", "
                    + last + "] peak " + peakFrame);
        }
    }

    public long frames() {
        return last - first + 1;
    }

    /** True when the segment shares at least one frame with the range. */
    public boolean overlaps(FrameRange range) {
        return first <= range.last() && last >= range.first();
    }

    public double startSeconds(double fps) {
        return first / fps;
    }

    /** The end of its last frame. */
    public double endSeconds(double fps) {
        return (last + 1) / fps;
    }
}
