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

    /**
     * Keeps the newest item in full view as items are added. Deferred: the list's skin takes in the new item after
     * listeners added before it, and scrolling at once would stop one item short.
     */
    public static void followEnd(ListView<?> list) {
        Coalescer scroll = new Coalescer(Platform::runLater, () -> {
            if (!list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<Object>) change -> scroll.request());
    }

    /** Repaints the visible cells when {@code cause} changes, at most once per pulse (a slider moves fast). */
    public static void repaintWhen(ListView<?> list, Observable cause) {
        Coalescer repaint = new Coalescer(Platform::runLater, list::refresh);
        cause.addListener(obs -> repaint.request());
    }
}
