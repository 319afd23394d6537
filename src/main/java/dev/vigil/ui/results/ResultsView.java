package dev.vigil.ui.results;

import dev.vigil.evaluation.Confusion;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.common.ChartImage;
import dev.vigil.ui.common.Charts;
import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Segments;
import dev.vigil.ui.task.Coalescer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Screen 4: the detector, its threshold with suggestions, box plots per split or class with the threshold across
 * them, ROC and precision–recall curves with the operating point, the accuracy table with precision, recall, F1 and
 * false-positive rate, and the per-clip table; exports as CSV and PNG.
 */
public final class ResultsView extends BorderPane {

    private final ResultsViewModel model;
    private final BoxPlotChart bySplit = new BoxPlotChart(true);
    private final BoxPlotChart byClass = new BoxPlotChart(false);
    private final CurveChart roc = new CurveChart(CurveChart.Kind.ROC);
    private final CurveChart precisionRecall = new CurveChart(CurveChart.Kind.PR);
    private final FilePicker picker;
    private final Consumer<String> log;
    private final Consumer<String> problem;

    /**
     * @param review  called with a clip the user double-clicks or presses Enter on
     * @param log     where export outcomes go
     * @param problem where a failed export goes
     */
    public ResultsView(ResultsViewModel model, FilePicker picker, Consumer<ScoredClip> review, Consumer<String> log,
                       Consumer<String> problem) {
        this.model = model;
        this.picker = picker;
        this.log = log;
        this.problem = problem;
        getStyleClass().add("screen");

        ComboBox<DetectorResults> detector = new ComboBox<>(model.detectors());
        detector.setId("detector");
        detector.valueProperty().bindBidirectional(model.detectorProperty());
        detector.disableProperty().bind(model.hasResultsProperty().not());
        // as wide as the longest detector name: the name says the layout, and the combo keeps it whole
        detector.setMinWidth(Region.USE_PREF_SIZE);
        Label detectorCaption = new Label("Detector");
        detectorCaption.setMinWidth(Region.USE_PREF_SIZE);
        detectorCaption.getStyleClass().add("form-label");
        Label title = new Label();
        title.setId("results-title");
        title.getStyleClass().add("summary");
        title.textProperty().bind(model.titleProperty());
        // the run's title and the threshold's note give way first, whole in their tooltips; the controls keep their words
        title.setMinWidth(0);
        Fields.tooltipWithText(title);
        MenuButton export = new MenuButton("Export");
        export.setId("export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(model.hasResultsProperty().not());
        export.getItems().addAll(
                exportItem("Clip table (CSV)…", "export-clips", () -> picker.save("Export clip table", "clips.csv",
                        FilePicker.CSV).ifPresent(this::exportClips)),
                exportItem("Accuracy table (CSV)…", "export-accuracy", () -> picker.save("Export accuracy table",
                        "accuracy.csv", FilePicker.CSV).ifPresent(this::exportAccuracy)),
                exportItem("Charts (PNG)…", "export-png", () -> picker.save("Export charts", "scores.png",
                        FilePicker.PNG).ifPresent(this::exportCharts)),
                exportItem("Report (HTML)…", "export-report", this::exportReport),
                new SeparatorMenuItem(),
                exportItem("Detector bundle (.vigil)…", "export-bundle", this::exportBundle));
        export.getItems().get(export.getItems().size() - 1).disableProperty()
                .bind(model.canExportBundleProperty().not());
        Label note = new Label();
        note.setId("threshold-note");
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.threshold().noteProperty());
        note.setMinWidth(0);
        Fields.tooltipWithText(note);
        VBox toolbar = new VBox(6, Fields.bar(detectorCaption, detector, note, Fields.grow(), title, export),
                new ThresholdBar(model.threshold(), model.hasResultsProperty()));
        toolbar.getStyleClass().add("screen-toolbar");

        Label empty = new Label("No results yet: press Start on the Training screen (Ctrl+T), or open an earlier run "
                + "(File ▸ Open run…)");
        empty.setId("results-empty");
        empty.getStyleClass().add("empty-state");
        SplitPane left = new SplitPane(charts(), ClipTable.create(model, review));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        VBox accuracy = AccuracyCard.create(model.threshold());
        SplitPane body = new SplitPane(left, accuracy);
        body.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(accuracy, false);
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
        ThresholdViewModel threshold = model.threshold();
        threshold.rocProperty().addListener((obs, old, now) -> roc.show(now));
        threshold.precisionRecallProperty().addListener((obs, old, now) -> precisionRecall.show(now));
        roc.show(threshold.rocProperty().get());
        precisionRecall.show(threshold.precisionRecallProperty().get());
        // markers redraw their charts: at most once per pulse while the slider moves
        Coalescer marker = new Coalescer(Platform::runLater, this::mark);
        threshold.thresholdProperty().addListener(obs -> marker.request());
        threshold.confusionProperty().addListener(obs -> marker.request());
        marker.request();
    }

    private void mark() {
        double value = model.thresholdProperty().get();
        bySplit.setThreshold(value);
        byClass.setThreshold(value);
        Confusion c = model.threshold().confusionProperty().get();
        roc.mark(c == null ? Double.NaN : c.falsePositiveRate(), c == null ? Double.NaN : c.recall());
        precisionRecall.mark(c == null ? Double.NaN : c.recall(), c == null ? Double.NaN : c.precision());
    }

    private SplitPane charts() {
        Segments grouping = new Segments("By split", "By class");
        StackPane distribution = new StackPane(bySplit, byClass);
        bySplit.visibleProperty().bind(grouping.firstSelectedProperty());
        byClass.visibleProperty().bind(bySplit.visibleProperty().not());
        VBox.setVgrow(distribution, Priority.ALWAYS);
        VBox distributionCard = Fields.card("Score distribution", grouping, distribution);

        Segments curveChoice = new Segments("ROC", "Precision–recall");
        StackPane curves = new StackPane(roc, precisionRecall);
        roc.setId("roc-chart");
        precisionRecall.setId("pr-chart");
        roc.visibleProperty().bind(curveChoice.firstSelectedProperty());
        precisionRecall.visibleProperty().bind(roc.visibleProperty().not());
        VBox.setVgrow(curves, Priority.ALWAYS);
        VBox curveCard = Fields.card("Curves", curveChoice, curves);

        SplitPane top = new SplitPane(distributionCard, curveCard);
        top.setDividerPositions(0.55);
        return top;
    }

    private static MenuItem exportItem(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void exportClips(Path file) {
        model.exports().clipsInBackground(file, log, problem);
    }

    private void exportAccuracy(Path file) {
        model.exports().accuracyInBackground(file, log, problem);
    }

    /** The run as one web page to share: its charts, tables and settings, readable without Vigil. */
    private void exportReport() {
        RunResults run = model.resultsProperty().get();
        if (run == null) {
            return;
        }
        picker.save("Export report", run.title() + "-report.html", FilePicker.HTML).ifPresent(chosen -> {
            Path file = ExportNames.withExtension(chosen, ".html");
            model.exports().report(file, written -> log.accept("Wrote the report " + written
                    + " (the run's own thresholds; one file to share, it opens in any browser)"), problem);
        });
    }

    /** The detector shown with the slider's threshold, as a bundle that scores new clips elsewhere. */
    private void exportBundle() {
        DetectorResults shown = model.detectorProperty().get();
        RunResults run = model.resultsProperty().get();
        if (shown == null || run == null) {
            return;
        }
        picker.save("Export detector bundle", run.title() + "-" + shown.id() + DetectorBundle.EXTENSION,
                FilePicker.BUNDLE).ifPresent(chosen -> {
                    Path file = ExportNames.withExtension(chosen, DetectorBundle.EXTENSION);
                    model.exports().bundle(file, (written, threshold) -> log.accept("Exported the detector bundle "
                            + written + ": " + shown.name() + " at threshold " + Numbers.compact(threshold)
                            + " (score new videos with: vigil score --bundle " + written.getFileName() + " VIDEO...)"),
                            problem);
                });
    }

    private void exportCharts(Path file) {
        model.exports().chartsInBackground(drawCharts(file), log, problem);
    }

    /**
     * The score distribution shown now, to be written as {@code file}, and the ROC and precision–recall curves to be
     * written beside it as {@code <name>-roc.png} and {@code <name>-pr.png}. Drawn now, on the UI thread, as the
     * charts are; the caller may write them anywhere.
     */
    public List<ChartImage> drawCharts(Path file) {
        return List.of(Charts.draw((bySplit.isVisible() ? bySplit : byClass).chart(), file, 1200, 700),
                Charts.draw(roc.chart(), ExportNames.sibling(file, ".png", "-roc.png"), 700, 700),
                Charts.draw(precisionRecall.chart(), ExportNames.sibling(file, ".png", "-pr.png"), 700, 700));
    }

    /** The threshold the box plots draw. */
    public double markerValue() {
        return bySplit.thresholdShown();
    }

    /** The operating point the ROC chart marks, {false-positive rate, true-positive rate}, or null. */
    public double[] rocMarked() {
        return roc.marked();
    }

    /** The ROC chart's title, with its AUROC. */
    public String rocTitle() {
        return roc.title();
    }
}
