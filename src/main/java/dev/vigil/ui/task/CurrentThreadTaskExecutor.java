package dev.vigil.ui.task;

import java.util.concurrent.Executor;

/** Runs each job to its end on the calling thread, for view-model tests: no toolkit, no waiting. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final TaskMonitor monitor;

    public CurrentThreadTaskExecutor() {
        this(new TaskMonitor());
    }

    public CurrentThreadTaskExecutor(TaskMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        task.markStarted();
        monitor.started(task);
        V value;
        try {
            value = task.run(task::report);
        } catch (Exception | LinkageError | AssertionError e) {
            monitor.finished(task, task.fail(e), e);
            return;
        }
        monitor.finished(task, task.succeed(value), null);
    }

    @Override
    public Executor uiThread() {
        return Runnable::run;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
