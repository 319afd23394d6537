package dev.vigil.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A view model that runs jobs: it shows its latest job's {@code taskActive}, {@code progress} and {@code message}. */
public interface TaskAware {

    TaskState taskState();

    default ReadOnlyBooleanProperty taskActiveProperty() {
        return taskState().activeProperty();
    }

    default ReadOnlyDoubleProperty progressProperty() {
        return taskState().progressProperty();
    }

    default ReadOnlyStringProperty messageProperty() {
        return taskState().messageProperty();
    }
}
