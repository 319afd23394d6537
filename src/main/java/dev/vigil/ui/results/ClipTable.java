package dev.vigil.ui.results;

import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.common.Tables;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The per-clip table: path, class, split, score and verdict, sortable by any column, filtered to all, flagged or
 * misjudged clips. Only the visible cells follow the threshold, so a table of 100 000 clips costs a few dozen cell
 * updates per slider step.
 */
final class ClipTable {

    private static final PseudoClass MISJUDGED = PseudoClass.getPseudoClass("misjudged");

    private ClipTable() {
    }

    static VBox create(ResultsViewModel model, Consumer<ScoredClip> review) {
        SortedList<ScoredClip> sorted = new SortedList<>(model.visibleClips());
        TableView<ScoredClip> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("score-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ScoredClip, String> path = Tables.text("Path", ScoredClip::path);
        path.setPrefWidth(320);
        table.getColumns().add(path);
        table.getColumns().add(Tables.text("Class", ScoredClip::className));
        table.getColumns().add(Tables.text("Split", ScoredClip::splitName));
        TableColumn<ScoredClip, Double> score = new TableColumn<>("Score");
        score.setId("score-column");
        score.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().score()));
        score.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Double value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Numbers.compact(value));
            }
        });
        TableColumn<ScoredClip, ScoredClip> verdict = new TableColumn<>("Verdict");
        verdict.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        verdict.setCellFactory(column -> new VerdictCell(model.thresholdProperty()));
        verdict.setComparator((a, b) -> Double.compare(a.score(), b.score()));
        score.setMinWidth(80);
        verdict.setMinWidth(86);
        table.getColumns().addAll(score, verdict);
        table.setRowFactory(view -> new MisjudgedRow(model.thresholdProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                review.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                review.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        // a header and five rows stay in view however small the window: the split pane above must not squeeze it
        table.setMinHeight(170);
        ChoiceBox<ClipFilter> filter = new ChoiceBox<>();
        filter.setId("clip-filter");
        filter.getItems().setAll(ClipFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId("clip-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(model.visibleSummaryProperty());
        Label tip = new Label("Double-click a clip (or press Enter) to review it");
        tip.getStyleClass().add("hint");
        return Fields.card("Clips", Fields.bar(filter, count, Fields.grow(), tip), table);
    }

    /** The verdict at the current threshold: follows the threshold live, one listener per visible cell. */
    private static final class VerdictCell extends TableCell<ScoredClip, ScoredClip> {
        private final DoubleProperty threshold;
        private final InvalidationListener refresh = obs -> show(getItem(), isEmpty());

        VerdictCell(DoubleProperty threshold) {
            this.threshold = threshold;
            threshold.addListener(new WeakInvalidationListener(refresh));
        }

        @Override
        protected void updateItem(ScoredClip clip, boolean empty) {
            super.updateItem(clip, empty);
            show(clip, empty);
        }

        private void show(ScoredClip clip, boolean empty) {
            getStyleClass().removeAll("verdict-anomaly", "verdict-normal");
            if (empty || clip == null) {
                setText(null);
                return;
            }
            String verdict = clip.verdict(threshold.get());
            setText(verdict);
            getStyleClass().add(verdict.equals("anomaly") ? "verdict-anomaly" : "verdict-normal");
        }
    }

    /** Marks rows whose verdict disagrees with the label. */
    private static final class MisjudgedRow extends TableRow<ScoredClip> {
        private final DoubleProperty threshold;
        private final InvalidationListener refresh = obs -> mark();

        MisjudgedRow(DoubleProperty threshold) {
            this.threshold = threshold;
            threshold.addListener(new WeakInvalidationListener(refresh));
        }

        @Override
        protected void updateItem(ScoredClip clip, boolean empty) {
            super.updateItem(clip, empty);
            mark();
        }

        private void mark() {
            ScoredClip clip = getItem();
            pseudoClassStateChanged(MISJUDGED, clip != null && !isEmpty() && clip.misjudgedAt(threshold.get()));
        }
    }
}
