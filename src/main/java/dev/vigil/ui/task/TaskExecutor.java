package dev.vigil.ui.task;

import java.util.concurrent.Executor;

/**
 * Runs {@link BackgroundTask}s. The workbench uses {@link UiTaskExecutor} (worker threads, results on the JavaFX
 * thread); view-model tests use {@link CurrentThreadTaskExecutor} so that a command has finished when it returns.
 */
public interface TaskExecutor {

    /** Starts the job; its handlers and property changes arrive on {@link #uiThread()}. */
    <V> void execute(BackgroundTask<V> task);

    /** The thread that owns the view models: the JavaFX thread in the workbench, the caller in tests. */
    Executor uiThread();

    /**
     * Runs small work that needs no progress, cancel or log line (writing a state file) off the UI thread; in tests,
     * on the caller.
     */
    Executor background();

    /** Cancels running jobs and lets the worker threads end. */
    void shutdown();
}
