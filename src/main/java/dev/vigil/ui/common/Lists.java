package dev.vigil.ui.common;

import dev.vigil.ui.task.Coalescer;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ListView;

/** List habits shared by the screens. */
public final class Lists {

    private Lists() {
    }

    /** The list's selection and a view model's selected item follow each other; a selection made elsewhere shows. */
    public static <T> void followSelection(ListView<T> list, ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
    }

    /** Repaints the visible cells when {@code cause} changes, at most once per pulse (a slider moves fast). */
    public static void repaintWhen(ListView<?> list, Observable cause) {
        Coalescer repaint = new Coalescer(Platform::runLater, list::refresh);
        cause.addListener(obs -> repaint.request());
    }
}
