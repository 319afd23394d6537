package dev.vigil.ui.training;

import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Screen 3: Start, Cancel and Resume, the live loss plot and the training log. */
public final class TrainingView extends BorderPane {

    private final LossChart chart;

    public TrainingView(TrainingViewModel model) {
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
        Button resume = new Button("Resume");
        resume.setId("train-resume");
        resume.disableProperty().bind(model.canResumeProperty().not());
        resume.setOnAction(event -> model.resume());
        Label startReason = new Label(null, start);
        startReason.tooltipProperty().bind(Bindings.when(model.canStartProperty())
                .then(new Tooltip("Train the detector (Ctrl+T)")).otherwise(new Tooltip(model.startUnavailableReason())));
        Label summary = new Label();
        summary.setId("training-summary");
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(model.summaryProperty());
        CheckBox logScale = new CheckBox("Log scale");
        logScale.setId("log-scale");
        logScale.selectedProperty().bindBidirectional(model.logScaleProperty());
        var toolbar = Fields.bar(startReason, cancel, resume, summary, Fields.grow(), logScale);
        toolbar.getStyleClass().add("screen-toolbar");

        chart = new LossChart(model.epochs(), model.logScaleProperty());
        chart.setId("loss-chart");
        ListView<String> log = new ListView<>(model.log());
        log.setId("training-log");
        log.getStyleClass().add("log-list");
        log.setPlaceholder(new Label("The training log appears here"));
        model.log().addListener((ListChangeListener<String>) change -> {
            if (!model.log().isEmpty()) {
                log.scrollTo(model.log().size() - 1);
            }
        });
        SplitPane body = new SplitPane(chart, Fields.card("Log", log));
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.68);
        VBox.setVgrow(log, javafx.scene.layout.Priority.ALWAYS);
        setTop(toolbar);
        setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
    }

    public LossChart chart() {
        return chart;
    }
}
