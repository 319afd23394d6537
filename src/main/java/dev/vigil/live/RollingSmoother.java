package dev.vigil.live;

import dev.vigil.timeline.Smoothing;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * {@link Smoothing} applied to frame scores as they come: a frame's smoothed score is known once the kernel's
 * radius of frames after it has come. At the start and the end of a run the kernel is cut and renormalised, as
 * {@link Smoothing#apply} does at the ends of a video, so a run scores as a video of its frames would.
 */
final class RollingSmoother {

    private final double[] weights;
    private final int radius;
    private final FrameScoreSink out;
    /** Raw scores of frames {@code base …}: from radius frames before the next to hand out, to the newest. */
    private final ArrayDeque<Double> raw = new ArrayDeque<>();
    private long base;
    private long nextOut;

    RollingSmoother(Smoothing smoothing, FrameScoreSink out) {
        this.weights = smoothing.weights();
        this.radius = weights.length / 2;
        this.out = out;
    }

    void startRun(long first) {
        raw.clear();
        base = first;
        nextOut = first;
    }

    /** The raw score of the next frame of the run (frames come without holes within a run). */
    void accept(long frame, double score) {
        if (frame != base + raw.size()) {
            throw new IllegalStateException("frame " + frame + " came where frame " + (base + raw.size())
                    + " was due");
        }
        raw.addLast(score);
        while (nextOut + radius <= frame) {
            emit(nextOut++);
        }
    }

    /** The run ended: the last frames are smoothed with the kernel cut at the end. */
    void endRun() {
        long last = base + raw.size() - 1;
        while (nextOut <= last) {
            emit(nextOut++);
        }
        raw.clear();
    }

    private void emit(long frame) {
        double sum = 0;
        double weight = 0;
        long f = base;
        Iterator<Double> it = raw.iterator();
        while (it.hasNext()) {
            double value = it.next();
            long k = f - frame;
            if (k >= -radius && k <= radius) {
                sum += weights[(int) k + radius] * value;
                weight += weights[(int) k + radius];
            }
            f++;
        }
        out.accept(frame, sum / weight);
        // what the next frame no longer needs
        while (base < frame + 1 - radius && !raw.isEmpty()) {
            raw.removeFirst();
            base++;
        }
    }
}
