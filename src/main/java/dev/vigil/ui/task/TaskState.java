package dev.vigil.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The {@code taskActive}, {@code progress} and {@code message} a view model shows for its latest job. Tracking a new
 * job follows that one; the message of a finished job stays until the next starts.
 */
public final class TaskState {

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private BackgroundTask<?> current;

    /** Follows {@code task} from now on; call before handing it to the executor. */
    public void track(BackgroundTask<?> task) {
        current = task;
        active.bind(task.runningProperty());
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    /** The job followed now, or null. */
    public BackgroundTask<?> current() {
        return current;
    }

    /** True when {@code task} is the one followed now (results of a replaced job are stale). */
    public boolean isCurrent(BackgroundTask<?> task) {
        return task == current;
    }

    /** Cancels the followed job if it runs. */
    public void cancel() {
        if (current != null && active.get()) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
