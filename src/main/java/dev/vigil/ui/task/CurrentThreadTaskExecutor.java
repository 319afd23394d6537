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
        V value = null;
        Throwable error = null;
        try {
            value = task.run(task::report);
        } catch (Exception | LinkageError | AssertionError e) {
            error = e;
        }
        BackgroundTask.Outcome outcome = task.finish(error);
        monitor.finished(task, outcome, error);
        task.notifyHandlers(outcome, value, error);
    }

    @Override
    public Executor uiThread() {
        return Runnable::run;
    }

    @Override
    public Executor background() {
        return Runnable::run;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
