package dev.vigil.ui.task;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on daemon worker threads as JavaFX {@link Task}s: the Task coalesces progress and message updates
 * (one pending update per pulse, however fast the worker reports) and delivers the outcome on the JavaFX thread.
 */
public final class UiTaskExecutor implements TaskExecutor {

    private final TaskMonitor monitor;
    private final ExecutorService workers;

    public UiTaskExecutor(TaskMonitor monitor) {
        this.monitor = monitor;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "vigil-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <V> void execute(BackgroundTask<V> task) {
        onFxThread(() -> start(task));
    }

    private <V> void start(BackgroundTask<V> task) {
        Task<V> fxTask = new Task<>() {
            @Override
            protected V call() throws Exception {
                return task.run(update -> {
                    if (update.total() > 0) {
                        updateProgress(update.done(), update.total());
                    } else {
                        updateProgress(-1, -1);
                    }
                    if (update.message() != null && !update.message().isBlank()) {
                        updateMessage(update.message());
                    }
                });
            }
        };
        task.markStarted();
        monitor.started(task);
        fxTask.progressProperty().addListener((obs, old, now) -> task.report(now.doubleValue(), null));
        fxTask.messageProperty().addListener((obs, old, now) -> task.report(fxTask.getProgress(), now));
        fxTask.setOnSucceeded(event -> finish(task, fxTask.getValue(), null));
        fxTask.setOnFailed(event -> finish(task, null, fxTask.getException()));
        workers.execute(fxTask);
    }

    private <V> void finish(BackgroundTask<V> task, V value, Throwable error) {
        BackgroundTask.Outcome outcome = task.finish(error);
        monitor.finished(task, outcome, error);
        task.notifyHandlers(outcome, value, error);
    }

    @Override
    public java.util.concurrent.Executor uiThread() {
        return UiTaskExecutor::onFxThread;
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public java.util.concurrent.Executor background() {
        return workers;
    }

    @Override
    public void shutdown() {
        monitor.cancelAll();
        workers.shutdown();
    }
}
