package dev.vigil.timeline;

import java.util.ArrayList;
import java.util.List;

/** Flagged segments from per-frame scores. */
public final class Segments {

    private Segments() {
    }

    /**
     * Frames whose score is at or above the threshold, as segments: runs of flagged frames, then runs separated by
     * at most {@code rules.gap()} unflagged frames merged into one (the frames between belong to the segment), then
     * segments shorter than {@code rules.minLength()} dropped. Closing gaps before dropping short runs keeps an
     * event that flickers across the threshold as one whole segment.
     */
    public static List<FlaggedSegment> find(double[] scores, double threshold, SegmentRules rules) {
        List<long[]> runs = new ArrayList<>();
        int start = -1;
        for (int f = 0; f <= scores.length; f++) {
            boolean flagged = f < scores.length && scores[f] >= threshold;
            if (flagged && start < 0) {
                start = f;
            } else if (!flagged && start >= 0) {
                long[] previous = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (previous != null && start - previous[1] - 1 <= rules.gap()) {
                    previous[1] = f - 1;
                } else {
                    runs.add(new long[] {start, f - 1});
                }
                start = -1;
            }
        }
        List<FlaggedSegment> segments = new ArrayList<>();
        for (long[] run : runs) {
            if (run[1] - run[0] + 1 < rules.minLength()) {
                continue;
            }
            int peak = (int) run[0];
            for (int f = (int) run[0] + 1; f <= run[1]; f++) {
                if (scores[f] > scores[peak]) {
                    peak = f;
                }
            }
            segments.add(new FlaggedSegment(run[0], run[1], peak, scores[peak]));
        }
        return segments;
    }
}
