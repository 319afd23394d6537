package dev.vigil.timeline;

import java.util.Arrays;
import java.util.List;

/** Per-frame scores from per-window scores. */
public final class FrameScores {

    private FrameScores() {
    }

    /**
     * Each frame gets the {@link Aggregation max or mean} of the scores of the windows that cover it. Windows
     * without a score (NaN: never embedded) are left out; a frame no scored window covers (the tail of a file that
     * held more frames than planned for, or a window that failed) takes the score of the nearest covered frame.
     *
     * @param windowScores one score per window, indexed by {@link FrameWindow#index()}
     * @param frameCount   frames of the video
     * @throws IllegalArgumentException when no window has a score
     */
    public static double[] fromWindows(double[] windowScores, List<FrameWindow> windows, int frameCount,
                                       Aggregation aggregation) {
        double[] frames = new double[frameCount];
        int[] counts = new int[frameCount];
        Arrays.fill(frames, aggregation == Aggregation.MAX ? Double.NEGATIVE_INFINITY : 0);
        boolean any = false;
        for (FrameWindow w : windows) {
            double score = windowScores[w.index()];
            if (Double.isNaN(score)) {
                continue;
            }
            any = true;
            int last = (int) Math.min(w.last(), frameCount - 1L);
            for (int f = (int) w.first(); f <= last; f++) {
                frames[f] = aggregation == Aggregation.MAX ? Math.max(frames[f], score) : frames[f] + score;
                counts[f]++;
            }
        }
        if (!any) {
            throw new IllegalArgumentException("no window of the video has a score");
        }
        for (int f = 0; f < frameCount; f++) {
            if (counts[f] > 0 && aggregation == Aggregation.MEAN) {
                frames[f] /= counts[f];
            }
        }
        fillUncovered(frames, counts);
        return frames;
    }

    /** Frames no window covers take the value of the nearest covered frame (the earlier one on a tie). */
    private static void fillUncovered(double[] frames, int[] counts) {
        int n = frames.length;
        int[] before = new int[n];
        int last = -1;
        for (int f = 0; f < n; f++) {
            last = counts[f] > 0 ? f : last;
            before[f] = last;
        }
        int after = -1;
        for (int f = n - 1; f >= 0; f--) {
            if (counts[f] > 0) {
                after = f;
                continue;
            }
            int b = before[f];
            int nearest = b < 0 ? after : after < 0 || f - b <= after - f ? b : after;
            frames[f] = frames[nearest];
        }
    }
}
