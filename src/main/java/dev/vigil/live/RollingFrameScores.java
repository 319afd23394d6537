package dev.vigil.live;

import dev.vigil.timeline.Aggregation;

import java.util.ArrayDeque;

/**
 * Per-frame scores from window scores as the windows come, by the rule {@link dev.vigil.timeline.FrameScores} applies
 * to a whole video: a frame takes the max or mean of the windows that cover it. A frame is final once the next
 * window starts after it (windows come in order, one every stride frames), so only the frames of the open windows
 * are kept. A frame no window covers (a stride longer than the window, the tail of a run) takes the score of the
 * last frame before it, where a whole video would take the nearest.
 */
final class RollingFrameScores {

    private final Aggregation aggregation;
    private final FrameScoreSink out;
    /** Per frame from {@code nextFinal} on: the running max or sum, and the count of windows. */
    private final ArrayDeque<double[]> pending = new ArrayDeque<>();
    private long nextFinal = -1;
    private double lastScore = Double.NaN;

    RollingFrameScores(Aggregation aggregation, FrameScoreSink out) {
        this.aggregation = aggregation;
        this.out = out;
    }

    /** A new run starts at {@code first}: nothing carries over a gap. */
    void startRun(long first) {
        pending.clear();
        nextFinal = first;
        lastScore = Double.NaN;
    }

    /**
     * The score of the window {@code first..last}; the next window starts at {@code nextStart}, so every frame
     * before it is final and handed on.
     */
    void addWindow(long first, long last, double score, long nextStart) {
        if (first < nextFinal) {
            throw new IllegalStateException("window " + first + "-" + last + " came after frame " + nextFinal
                    + " was final: windows must come in order");
        }
        while (nextFinal + pending.size() <= last) {
            pending.addLast(new double[] {aggregation == Aggregation.MAX ? Double.NEGATIVE_INFINITY : 0, 0});
        }
        int i = 0;
        for (double[] frame : pending) {
            long f = nextFinal + i++;
            if (f < first) {
                continue;
            }
            if (f > last) {
                break;
            }
            frame[0] = aggregation == Aggregation.MAX ? Math.max(frame[0], score) : frame[0] + score;
            frame[1]++;
        }
        finalUpTo(nextStart - 1);
    }

    /** The run ended at frame {@code last}: the frames still open are final with the windows they have. */
    void endRun(long last) {
        finalUpTo(last);
        pending.clear();
    }

    private void finalUpTo(long frame) {
        while (nextFinal <= frame) {
            double[] value = pending.pollFirst();
            double score = value == null || value[1] == 0 ? lastScore
                    : aggregation == Aggregation.MAX ? value[0] : value[0] / value[1];
            if (!Double.isNaN(score)) {
                out.accept(nextFinal, score);
                lastScore = score;
            }
            nextFinal++;
        }
    }
}
