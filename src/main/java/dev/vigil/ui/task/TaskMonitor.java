package dev.vigil.ui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Knows which jobs run, for the status bar (the latest job's progress and message), for Esc (cancel it) and for the
 * log (a line when a job starts and ends). Changes only on the UI thread.
 */
public final class TaskMonitor {

    private final ObservableList<BackgroundTask<?>> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask<?>> readOnlyRunning = FXCollections.unmodifiableObservableList(running);
    private final ObjectBinding<BackgroundTask<?>> latest =
            Bindings.createObjectBinding(() -> running.isEmpty() ? null : running.get(running.size() - 1), running);
    private Consumer<String> log = line -> { };

    /** Where start and end lines go (the log pane). */
    public void setLog(Consumer<String> log) {
        this.log = log;
    }

    public ObservableList<BackgroundTask<?>> running() {
        return readOnlyRunning;
    }

    /** The job started last among those still running, or null. */
    public ObjectBinding<BackgroundTask<?>> latestProperty() {
        return latest;
    }

    /** Cancels the job started last; false when none runs. */
    public boolean cancelLatest() {
        BackgroundTask<?> task = latest.get();
        if (task == null) {
            return false;
        }
        task.cancel();
        log.accept(task.title() + ": cancel requested");
        return true;
    }

    void cancelAll() {
        List.copyOf(running).forEach(BackgroundTask::cancel);
    }

    void started(BackgroundTask<?> task) {
        running.add(task);
        log.accept(task.title() + ": started");
    }

    void finished(BackgroundTask<?> task, BackgroundTask.Outcome outcome, Throwable error) {
        running.remove(task);
        String seconds = String.format(Locale.ROOT, "%.1f s", task.elapsedSeconds());
        log.accept(switch (outcome) {
            case SUCCEEDED -> task.title() + ": done in " + seconds;
            case CANCELLED -> task.title() + ": cancelled after " + seconds;
            case FAILED -> task.title() + ": failed after " + seconds + ": " + BackgroundTask.describe(error);
        });
    }
}
