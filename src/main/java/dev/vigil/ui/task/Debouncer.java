package dev.vigil.ui.task;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Runs an update on the UI thread once requests have stopped for a moment: work that is O(n) (refiltering a table
 * of 100 000 clips) waits until the slider rests instead of running on every step of a drag. A zero delay runs at once.
 */
public final class Debouncer {

    private final Executor uiThread;
    private final Duration delay;
    private final DelayTimer timer;
    private final Runnable update;
    private DelayTimer.Pending pending;

    public Debouncer(Executor uiThread, Duration delay, Runnable update) {
        this(uiThread, delay, SystemDelayTimer.INSTANCE, update);
    }

    /** @param timer what measures the delay: {@link SystemDelayTimer#INSTANCE} but in tests */
    public Debouncer(Executor uiThread, Duration delay, DelayTimer timer, Runnable update) {
        this.uiThread = uiThread;
        this.delay = delay;
        this.timer = timer;
        this.update = update;
    }

    public synchronized void request() {
        if (delay.isZero()) {
            uiThread.execute(update);
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        pending = timer.schedule(delay, () -> uiThread.execute(update));
    }
}
