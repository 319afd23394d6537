package dev.vigil.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Hands items produced on worker threads to the UI thread in batches: at most one drain is pending at a time, so a
 * worker that reports a thousand results a second costs the UI thread one call per pulse, not a thousand.
 *
 * @param <T> the item type
 */
public final class UiBatcher<T> {

    private final Executor uiThread;
    private final Consumer<List<T>> sink;
    private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public UiBatcher(Executor uiThread, Consumer<List<T>> sink) {
        this.uiThread = uiThread;
        this.sink = sink;
    }

    /** Thread-safe. */
    public void add(T item) {
        pending.add(item);
        if (scheduled.compareAndSet(false, true)) {
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        // Clear the flag first: an item added while the sink runs schedules the next drain.
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T item = pending.poll(); item != null; item = pending.poll()) {
            batch.add(item);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
