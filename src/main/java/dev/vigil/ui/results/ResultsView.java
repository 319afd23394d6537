package dev.vigil.ui.results;

import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.task.Coalescer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** Screen 4: box plots, threshold, accuracy table and the per-clip table. */
public final class ResultsView extends BorderPane {

    private final ResultsViewModel model;
    private final BoxPlotChart bySplit = new BoxPlotChart(true);
    private final BoxPlotChart byClass = new BoxPlotChart(false);
    private final Consumer<String> log;

    /**
     * @param review called with a clip the user double-clicks or presses Enter on
     * @param log    where export outcomes go
     */
    public ResultsView(ResultsViewModel model, FilePicker picker, Consumer<ScoredClip> review, Consumer<String> log) {
        this.model = model;
        this.log = log;
        getStyleClass().add("screen");

        Label title = new Label();
        title.getStyleClass().add("summary");
        title.textProperty().bind(model.titleProperty());
        Button exportCsv = new Button("Export CSV…");
        exportCsv.setId("export-csv");
        exportCsv.disableProperty().bind(model.hasResultsProperty().not());
        exportCsv.setOnAction(event -> picker.save("Export clip table", "scores.csv", FilePicker.CSV)
                .ifPresent(this::exportCsv));
        Button exportPng = new Button("Export PNG…");
        exportPng.setId("export-png");
        exportPng.disableProperty().bind(model.hasResultsProperty().not());
        exportPng.setOnAction(event -> picker.save("Export box plot", "box-plot.png", FilePicker.PNG)
                .ifPresent(this::exportPng));
        var toolbar = Fields.bar(thresholdControls(), Fields.grow(), title, exportCsv, exportPng);
        toolbar.getStyleClass().add("screen-toolbar");

        Label empty = new Label("No results yet: train a detector, or open an earlier run (File ▸ Open run…)");
        empty.getStyleClass().add("empty-state");
        SplitPane body = new SplitPane(chartsAndAccuracy(), clipTable(review));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.55);
        StackPane center = new StackPane(body, empty);
        empty.visibleProperty().bind(model.hasResultsProperty().not());
        body.visibleProperty().bind(model.hasResultsProperty());
        setTop(toolbar);
        setCenter(center);
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));

        model.boxesBySplitProperty().addListener((obs, old, now) -> bySplit.show(now));
        model.boxesByClassProperty().addListener((obs, old, now) -> byClass.show(now));
        bySplit.show(model.boxesBySplitProperty().get());
        byClass.show(model.boxesByClassProperty().get());
        // the marker redraws the chart: at most once per pulse while the slider moves
        Coalescer marker = new Coalescer(Platform::runLater, () -> {
            bySplit.setThreshold(model.thresholdProperty().get());
            byClass.setThreshold(model.thresholdProperty().get());
        });
        model.thresholdProperty().addListener(obs -> marker.request());
        marker.request();
    }

    private HBox thresholdControls() {
        Slider slider = new Slider();
        slider.setId("threshold-slider");
        slider.minProperty().bind(model.minScoreProperty());
        slider.maxProperty().bind(model.maxScoreProperty());
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        slider.setPrefWidth(280);
        slider.disableProperty().bind(model.hasResultsProperty().not());
        TextField field = new TextField();
        field.setId("threshold-field");
        field.setPrefColumnCount(8);
        TextFormatter<Double> formatter = new TextFormatter<>(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Numbers.compact(value);
            }

            @Override
            public Double fromString(String text) {
                try {
                    double value = Double.parseDouble(text.trim());
                    return Double.isFinite(value) ? value : model.thresholdProperty().get();
                } catch (NumberFormatException e) {
                    return model.thresholdProperty().get();
                }
            }
        }, model.thresholdProperty().get());
        field.setTextFormatter(formatter);
        ObjectProperty<Double> boxed = model.thresholdProperty().asObject();
        formatter.valueProperty().bindBidirectional(boxed);
        field.getProperties().put("boxed", boxed);
        field.disableProperty().bind(model.hasResultsProperty().not());
        Label caption = new Label("Threshold");
        caption.getStyleClass().add("form-label");
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.thresholdNoteProperty());
        return Fields.bar(caption, slider, field, note);
    }

    private SplitPane chartsAndAccuracy() {
        ToggleGroup grouping = new ToggleGroup();
        ToggleButton splits = new ToggleButton("By split");
        ToggleButton classes = new ToggleButton("By class");
        splits.setToggleGroup(grouping);
        classes.setToggleGroup(grouping);
        splits.setSelected(true);
        splits.getStyleClass().addAll("segment", "segment-first");
        classes.getStyleClass().addAll("segment", "segment-last");
        grouping.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                grouping.selectToggle(old);
            }
        });
        StackPane charts = new StackPane(bySplit, byClass);
        bySplit.visibleProperty().bind(splits.selectedProperty());
        byClass.visibleProperty().bind(classes.selectedProperty());
        VBox.setVgrow(charts, Priority.ALWAYS);
        VBox chartCard = Fields.card("Score distribution", new HBox(0, splits, classes), charts);

        TableView<AccuracyRow> accuracy = new TableView<>(model.accuracy());
        accuracy.setId("accuracy-table");
        accuracy.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accuracy.getColumns().add(column("Split", AccuracyRow::split));
        accuracy.getColumns().add(column("Clips", row -> String.valueOf(row.clips())));
        accuracy.getColumns().add(column("Flagged", row -> String.valueOf(row.flagged())));
        accuracy.getColumns().add(column("Accuracy", row -> Numbers.percent(row.accuracy())));
        // as tall as its rows: four splits, no empty stripes below
        accuracy.setFixedCellSize(28);
        accuracy.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(model.accuracy()).add(1.2).multiply(28));
        accuracy.minHeightProperty().bind(accuracy.prefHeightProperty());
        accuracy.setMaxHeight(Region.USE_PREF_SIZE);
        Label rule = new Label("Anomaly split: share flagged. Normal splits: share not flagged.");
        rule.getStyleClass().add("hint");
        rule.setWrapText(true);
        VBox accuracyCard = Fields.card("Accuracy at the threshold", accuracy, rule);
        SplitPane top = new SplitPane(chartCard, accuracyCard);
        top.setDividerPositions(0.62);
        return top;
    }

    private VBox clipTable(Consumer<ScoredClip> review) {
        SortedList<ScoredClip> sorted = new SortedList<>(model.visibleClips());
        TableView<ScoredClip> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("score-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Path", ScoredClip::path));
        table.getColumns().get(0).setPrefWidth(320);
        table.getColumns().add(column("Class", ScoredClip::className));
        table.getColumns().add(column("Split", ScoredClip::splitName));
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
        table.getColumns().addAll(score, verdict);
        table.setRowFactory(view -> new MisjudgedRow(model));
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
        ChoiceBox<ResultsViewModel.ClipFilter> filter = new ChoiceBox<>();
        filter.setId("clip-filter");
        filter.getItems().setAll(ResultsViewModel.ClipFilter.values());
        filter.valueProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId("clip-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(model.visibleSummaryProperty());
        Label tip = new Label("Double-click a clip to review it");
        tip.getStyleClass().add("hint");
        return Fields.card("Clips", Fields.bar(filter, count, Fields.grow(), tip), table);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private void exportCsv(Path file) {
        try {
            model.exportCsv(file);
            log.accept("Exported " + model.visibleClips().size() + " clips to " + file);
        } catch (IOException e) {
            log.accept("Export to " + file + " failed: " + e.getMessage());
        }
    }

    private void exportPng(Path file) {
        try {
            (bySplit.isVisible() ? bySplit : byClass).writePng(file, 1200, 700);
            log.accept("Exported the box plot to " + file);
        } catch (IOException e) {
            log.accept("Export to " + file + " failed: " + e.getMessage());
        }
    }

    /** Writes the chart shown now as a PNG; for File ▸ Export. */
    public void exportChart(Path file) throws IOException {
        (bySplit.isVisible() ? bySplit : byClass).writePng(file, 1200, 700);
    }

    double markerValue() {
        return bySplit.thresholdShown();
    }

    /** The verdict at the current threshold: follows the threshold live, one listener per visible cell. */
    private static final class VerdictCell extends TableCell<ScoredClip, ScoredClip> {
        private final javafx.beans.property.DoubleProperty threshold;

        VerdictCell(javafx.beans.property.DoubleProperty threshold) {
            this.threshold = threshold;
            threshold.addListener(new javafx.beans.WeakInvalidationListener(refresh));
        }

        private final javafx.beans.InvalidationListener refresh = obs -> show(getItem(), isEmpty());

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
            String verdict = ResultsViewModel.verdict(clip, threshold.get());
            setText(verdict);
            getStyleClass().add(verdict.equals("anomaly") ? "verdict-anomaly" : "verdict-normal");
        }
    }

    /** Marks rows whose verdict disagrees with the label. */
    private static final class MisjudgedRow extends TableRow<ScoredClip> {
        private final ResultsViewModel model;
        private final javafx.beans.InvalidationListener refresh = obs -> mark();

        MisjudgedRow(ResultsViewModel model) {
            this.model = model;
            model.thresholdProperty().addListener(new javafx.beans.WeakInvalidationListener(refresh));
        }

        @Override
        protected void updateItem(ScoredClip clip, boolean empty) {
            super.updateItem(clip, empty);
            mark();
        }

        private void mark() {
            ScoredClip clip = getItem();
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("misjudged"),
                    clip != null && !isEmpty() && clip.misjudgedAt(model.thresholdProperty().get()));
        }
    }
}
