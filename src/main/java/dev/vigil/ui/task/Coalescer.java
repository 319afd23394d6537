package dev.vigil.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an update once for any number of requests made before it gets its turn on the UI thread: a slider dragged
 * across a hundred values in one pulse costs one update, with the latest value.
 */
public final class Coalescer {

    private final Executor uiThread;
    private final Runnable update;
    private final AtomicBoolean pending = new AtomicBoolean();

    public Coalescer(Executor uiThread, Runnable update) {
        this.uiThread = uiThread;
        this.update = update;
    }

    public void request() {
        if (pending.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                pending.set(false);
                update.run();
            });
        }
    }
}
