package dev.vigil.ui.run;

import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.common.Fields;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.Consumer;

/** The runs of the runs folder and the recent runs: double-click (or Enter) opens one without retraining. */
public final class RunsPanel extends VBox {

    public RunsPanel(RunsViewModel model, ObservableList<Path> recent, Consumer<Path> open, FilePicker picker) {
        super(10);
        Label folder = new Label();
        folder.setId("runs-folder");
        folder.getStyleClass().add("hint");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folderProperty().get() == null ? ""
                : model.folderProperty().get().toString(), model.folderProperty()));
        Button change = new Button("Change…");
        change.setId("runs-folder-change");
        change.getStyleClass().add("small");
        change.setTooltip(new Tooltip("Choose the folder new runs go into"));
        change.setOnAction(event -> picker.folder("Runs folder").ifPresent(model.folderProperty()::set));
        Button refresh = new Button("Refresh");
        refresh.getStyleClass().add("small");
        refresh.setOnAction(event -> model.refresh());
        Button other = new Button("Open…");
        other.getStyleClass().add("small");
        other.setTooltip(new Tooltip("Open a run folder from anywhere (Ctrl+R)"));
        other.setOnAction(event -> picker.folder("Open run folder").ifPresent(open));

        ListView<RunEntry> runs = new ListView<>(model.runs());
        runs.setId("runs-list");
        runs.setPlaceholder(new Label("No runs here yet: press Start"));
        runs.setCellFactory(list -> new RunCell());
        opens(runs, open, RunEntry::dir);
        VBox.setVgrow(runs, Priority.ALWAYS);

        ListView<Path> recentList = new ListView<>(recent);
        recentList.setId("recent-runs-list");
        recentList.setPlaceholder(new Label("Runs you open appear here"));
        recentList.setPrefHeight(130);
        recentList.setMinHeight(90);
        recentList.setCellFactory(list -> new RecentCell());
        opens(recentList, open, path -> path);

        getChildren().addAll(Fields.card("Runs", folder, Fields.bar(change, refresh, Fields.grow(), other), runs),
                Fields.card("Recent runs", recentList));
        VBox.setVgrow(getChildren().get(0), Priority.ALWAYS);
        setMinWidth(220);
    }

    private static <T> void opens(ListView<T> list, Consumer<Path> open, java.util.function.Function<T, Path> dir) {
        list.setOnMouseClicked(event -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (event.getClickCount() == 2 && item != null) {
                open.accept(dir.apply(item));
            }
        });
        list.setOnKeyPressed(event -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && item != null) {
                open.accept(dir.apply(item));
            }
        });
    }

    /** The run's name, and below it how it ended. */
    private static final class RunCell extends ListCell<RunEntry> {
        @Override
        protected void updateItem(RunEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            show(this, empty || entry == null ? null : entry.name(), empty || entry == null ? null : entry.status());
        }
    }

    /** A recent run: its name, and below it the folder it is in. */
    private static final class RecentCell extends ListCell<Path> {
        @Override
        protected void updateItem(Path run, boolean empty) {
            super.updateItem(run, empty);
            boolean none = empty || run == null;
            show(this, none ? null : String.valueOf(run.getFileName()), none ? null : String.valueOf(run.getParent()));
            setTooltip(none ? null : new Tooltip(run.toString()));
        }
    }

    private static void show(ListCell<?> cell, String title, String detail) {
        cell.setText(null);
        if (title == null) {
            cell.setGraphic(null);
            return;
        }
        Label name = new Label(title);
        name.getStyleClass().add("clip-path");
        Label below = new Label(detail);
        below.getStyleClass().add("hint");
        cell.setGraphic(new VBox(1, name, below));
    }
}
