package dev.vigil.ui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;

/** The status bar's view of the jobs: the latest running job's message and progress. */
public final class JobStatus {

    private final StringBinding message;
    private final DoubleBinding progress;

    public JobStatus(TaskMonitor monitor) {
        message = Bindings.createStringBinding(() -> {
            BackgroundTask<?> latest = monitor.latestProperty().get();
            return latest == null ? "Ready" : latest.messageProperty().get();
        }, monitor.latestProperty(), monitor.running());
        progress = Bindings.createDoubleBinding(() -> {
            BackgroundTask<?> latest = monitor.latestProperty().get();
            return latest == null ? 0 : latest.progressProperty().get();
        }, monitor.latestProperty(), monitor.running());
        // the latest job's own message and progress change on their own: follow them
        monitor.latestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.messageProperty().addListener(o -> message.invalidate());
                now.progressProperty().addListener(o -> progress.invalidate());
            }
        });
    }

    /** The latest running job's message, or "Ready". */
    public StringBinding message() {
        return message;
    }

    /** The latest running job's progress, -1 while unknown, 0 when idle. */
    public DoubleBinding progress() {
        return progress;
    }
}
