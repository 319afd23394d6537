package dev.vigil.ui.task;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The timer the workbench runs on: one daemon thread, so that a pending task never keeps the JVM alive. */
public final class SystemDelayTimer implements DelayTimer {

    /** The one timer thread, shared by the whole workbench. */
    public static final DelayTimer INSTANCE = new SystemDelayTimer();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vigil-debounce");
        thread.setDaemon(true);
        return thread;
    });

    private SystemDelayTimer() {
    }

    @Override
    public Pending schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> future = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
