package dev.vigil.ui.training;

import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Lists;
import dev.vigil.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Screen 3: Start, Cancel and Resume; what the run is doing (clips embedded of total, clips/s and time left, then
 * epoch and batch); the live loss plot; the training log; and beside them the runs to open.
 */
public final class TrainingView extends BorderPane {

    private final LossChart chart;

    /** @param runs the runs panel shown on the left */
    public TrainingView(TrainingViewModel model, Node runs) {
        getStyleClass().add("screen");
        Button start = new Button("Start training", Icons.play());
        start.setId("train-start");
        start.getStyleClass().add("accent");
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(event -> model.start());
        Button cancel = new Button("Cancel", Icons.stop());
        cancel.setId("train-cancel");
        cancel.disableProperty().bind(model.taskActiveProperty().not());
        cancel.setOnAction(event -> model.cancel());
        cancel.setTooltip(new Tooltip("Stop at the next batch; the run keeps its latest checkpoint (Esc)"));
        Button resume = new Button("Resume");
        resume.setId("train-resume");
        resume.disableProperty().bind(model.canResumeProperty().not());
        resume.setOnAction(event -> model.resume());
        resume.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(
                model.resumableProperty().get() == null ? "Nothing to resume: a cancelled run can be resumed"
                        : "Continue " + model.resumableProperty().get().getFileName() + " from its latest checkpoint"),
                model.resumableProperty()));
        // a disabled button shows no tooltip: the label around it says why Start is off
        Label startReason = new Label(null, start);
        startReason.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(
                model.startProblemProperty().get().isEmpty() ? "Train on the dataset with the model screen's settings "
                        + "(Ctrl+T)" : model.startProblemProperty().get()), model.startProblemProperty()));
        CheckBox logScale = new CheckBox("Log scale");
        logScale.setId("log-scale");
        logScale.selectedProperty().bindBidirectional(model.logScaleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("train-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.taskActiveProperty());
        Label message = new Label();
        message.setId("train-message");
        message.textProperty().bind(Bindings.when(model.taskActiveProperty()).then(model.messageProperty())
                .otherwise(model.startProblemProperty()));
        message.getStyleClass().add("hint");
        Label summary = new Label();
        summary.setId("training-summary");
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("train-error");
        error.getStyleClass().add("validation-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        HBox status = Fields.bar(progress, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        VBox toolbar = new VBox(6, Fields.bar(startReason, cancel, resume, summary, Fields.grow(), logScale), status,
                error);
        toolbar.getStyleClass().add("screen-toolbar");

        chart = new LossChart(model.epochs(), model.logScaleProperty());
        chart.setId("loss-chart");
        ListView<String> log = new ListView<>(model.log());
        log.setId("training-log");
        log.getStyleClass().add("log-list");
        log.setPlaceholder(new Label("The training log appears here"));
        Lists.followEnd(log);
        SplitPane plotAndLog = new SplitPane(chart, Fields.card("Log", log));
        plotAndLog.setOrientation(Orientation.VERTICAL);
        plotAndLog.setDividerPositions(0.66);
        VBox.setVgrow(log, Priority.ALWAYS);
        SplitPane body = new SplitPane(runs, plotAndLog);
        body.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(runs, false);
        setTop(toolbar);
        setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
    }

    public LossChart chart() {
        return chart;
    }
}
