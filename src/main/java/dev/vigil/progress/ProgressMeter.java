package dev.vigil.progress;

import java.util.concurrent.TimeUnit;

/**
 * Turns "one more unit done" into {@link Progress} snapshots with a rate and a time left.
 * The rate is an exponential moving average so that one slow clip does not make the estimate jump.
 */
public final class ProgressMeter {

    private static final double SMOOTHING = 0.2;

    private final String stage;
    private final long total;
    private final ProgressListener listener;
    private final long startNanos;
    private long done;
    private long lastNanos;
    private double rate;

    public ProgressMeter(String stage, long total, ProgressListener listener) {
        this.stage = stage;
        this.total = total;
        this.listener = listener;
        this.startNanos = System.nanoTime();
        this.lastNanos = startNanos;
    }

    /** Records {@code units} more done and tells the listener. */
    public synchronized void advance(long units, String message) {
        long now = System.nanoTime();
        done += units;
        double seconds = (now - lastNanos) / 1e9;
        if (seconds > 0 && units > 0) {
            double instant = units / seconds;
            rate = rate == 0 ? instant : SMOOTHING * instant + (1 - SMOOTHING) * rate;
        }
        lastNanos = now;
        double elapsed = (now - startNanos) / 1e9;
        double overall = elapsed > 0 ? done / elapsed : 0;
        // The overall average is steadier once a few units are done; blend the two.
        double estimate = done < 3 ? overall : 0.5 * (rate + overall);
        double left = total > 0 && estimate > 0 ? (total - done) / estimate : -1;
        listener.onProgress(new Progress(stage, done, total, estimate, left, message));
    }

    public synchronized long done() {
        return done;
    }

    public long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
