package dev.vigil.ui.player;

import java.util.ArrayList;
import java.util.List;

/** Runs of consecutive scores at or above a threshold: the stretches of a video that are flagged. */
public final class FlaggedSegments {

    private FlaggedSegments() {
    }

    /** A run of flagged frames, {@code from} inclusive to {@code to} exclusive. */
    public record Segment(int from, int to) {
        public int length() {
            return to - from;
        }
    }

    public static List<Segment> of(double[] scores, double threshold) {
        List<Segment> segments = new ArrayList<>();
        if (scores == null || Double.isNaN(threshold)) {
            return segments;
        }
        int start = -1;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (flagged && start < 0) {
                start = i;
            } else if (!flagged && start >= 0) {
                segments.add(new Segment(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            segments.add(new Segment(start, scores.length));
        }
        return segments;
    }
}
