package dev.vigil.samples;

/**
 * One stretch of a long recording: an activity performed for a number of frames.
 *
 * @param activity    what the figure does
 * @param frames      how many frames it lasts (at least 1)
 * @param performance how it does it
 */
public record Segment(Activity activity, int frames, Performance performance) {

    public Segment {
        if (frames < 1) {
            throw new IllegalArgumentException("a segment lasts at least 1 frame, got " + frames);
        }
    }

    /** A segment performed the typical way. */
    public Segment(Activity activity, int frames) {
        this(activity, frames, Performance.typical());
    }
}
