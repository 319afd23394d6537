package dev.vigil.ui.task;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an update on the UI thread once requests have stopped for a moment: work that is O(n) (refiltering a table
 * of 100 000 clips) waits until the slider rests instead of running on every step of a drag. A zero delay runs at once.
 */
public final class Debouncer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vigil-debounce");
        thread.setDaemon(true);
        return thread;
    });

    private final Executor uiThread;
    private final Duration delay;
    private final Runnable update;
    private ScheduledFuture<?> pending;

    public Debouncer(Executor uiThread, Duration delay, Runnable update) {
        this.uiThread = uiThread;
        this.delay = delay;
        this.update = update;
    }

    public synchronized void request() {
        if (delay.isZero()) {
            uiThread.execute(update);
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = TIMER.schedule(() -> uiThread.execute(update), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
