package dev.vigil.live;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.SegmentRules;

/**
 * Flagged segments from frame scores as they come, by the rules {@link dev.vigil.timeline.Segments#find} applies to a
 * whole video: runs of frames at or above the threshold, separated by at most {@code gap} frames below it, are one
 * segment; a segment shorter than {@code minLength} frames is none. A segment opens (the alert) the moment it
 * reaches its minimum length, and closes once more than {@code gap} frames below the threshold followed it, or its
 * run of frames ends. Over a whole video this gives exactly the segments of {@code Segments.find}.
 */
final class SegmentTracker {

    private final double threshold;
    private final SegmentRules rules;
    private long first = -1;
    private long last;
    private long peakFrame;
    private double peakScore;
    private boolean opened;

    SegmentTracker(double threshold, SegmentRules rules) {
        this.threshold = threshold;
        this.rules = rules;
    }

    /** What a frame did to the segment. */
    enum Change {
        NONE,
        /** The segment reached its minimum length: raise the alert. */
        OPENED,
        /** The open segment took another frame at or above the threshold. */
        GREW,
        /** The open segment ended (see {@link #closed()}). */
        CLOSED
    }

    private FlaggedSegment closed;

    Change accept(long frame, double score) {
        boolean flagged = score >= threshold;
        if (flagged) {
            if (first < 0) {
                first = frame;
                peakFrame = frame;
                peakScore = score;
            } else if (score > peakScore) {
                peakFrame = frame;
                peakScore = score;
            }
            last = frame;
            if (!opened && last - first + 1 >= rules.minLength()) {
                opened = true;
                return Change.OPENED;
            }
            return opened ? Change.GREW : Change.NONE;
        }
        if (first >= 0 && frame - last > rules.gap()) {
            return end() ? Change.CLOSED : Change.NONE;
        }
        return Change.NONE;
    }

    /** The run of frames ended (a gap, the end of the source): true when an open segment closed. */
    boolean endRun() {
        return first >= 0 && end();
    }

    private boolean end() {
        boolean wasOpen = opened;
        closed = wasOpen ? new FlaggedSegment(first, last, peakFrame, peakScore) : null;
        first = -1;
        opened = false;
        return wasOpen;
    }

    /** The segment that closed last. */
    FlaggedSegment closed() {
        return closed;
    }

    boolean isOpen() {
        return opened;
    }

    /** The open segment as it stands, or null. */
    FlaggedSegment current() {
        return opened ? new FlaggedSegment(first, last, peakFrame, peakScore) : null;
    }
}
