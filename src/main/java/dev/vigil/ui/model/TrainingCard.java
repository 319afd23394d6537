package dev.vigil.ui.model;

import dev.vigil.training.ScheduleType;
import dev.vigil.ui.common.Fields;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The training settings card: epochs, learning rate, schedule and its parameters, batch, seed, fine-tuning. */
final class TrainingCard {

    private TrainingCard() {
    }

    static VBox create(TrainingSettingsViewModel settings, BooleanBinding fineTunable, BackboneParameters parameters) {
        GridPane form = Fields.form();
        Fields.row(form, "Epochs", Fields.id(Fields.intSpinner(settings.epochsProperty(), 1, 100_000, 1),
                "epochs"));
        Fields.row(form, "Learning rate", Fields.id(Fields.doubleSpinner(settings.learningRateProperty(), 1e-7,
                0.999, 1e-4), "learning-rate"));
        ChoiceBox<ScheduleType> schedule = new ChoiceBox<>();
        schedule.getItems().setAll(ScheduleType.values());
        schedule.valueProperty().bindBidirectional(settings.scheduleProperty());
        schedule.setId("schedule");
        Fields.row(form, "Schedule", schedule);
        Spinner<Integer> step = Fields.id(Fields.intSpinner(settings.stepSizeProperty(), 1, 10_000, 1), "step");
        Spinner<Double> factor = Fields.id(Fields.doubleSpinner(settings.factorProperty(), 0.001, 1, 0.05),
                "factor");
        Spinner<Integer> patience = Fields.id(Fields.intSpinner(settings.patienceProperty(), 0, 10_000, 1),
                "patience");
        Spinner<Integer> period = Fields.id(Fields.intSpinner(settings.periodProperty(), 0, 100_000, 1), "period");
        Spinner<Double> lowest = Fields.id(Fields.doubleSpinner(settings.minimumRateProperty(), 0, 1, 1e-5),
                "lowest-rate");
        Fields.row(form, "Step (epochs)", step);
        Fields.row(form, "Factor", factor);
        Fields.row(form, "Patience (epochs)", patience);
        Fields.row(form, "Period (epochs, 0 = all)", period);
        Fields.row(form, "Lowest rate", lowest);
        showFor(form, step, settings, ScheduleType.STEP);
        showFor(form, factor, settings, ScheduleType.STEP, ScheduleType.PLATEAU);
        showFor(form, patience, settings, ScheduleType.PLATEAU);
        showFor(form, period, settings, ScheduleType.COSINE, ScheduleType.COSINE_RESTARTS);
        showFor(form, lowest, settings, ScheduleType.COSINE, ScheduleType.COSINE_RESTARTS);
        Fields.row(form, "Batch size", Fields.id(Fields.intSpinner(settings.batchSizeProperty(), 1, 4096, 1),
                "batch-size"));
        Fields.row(form, "Seed", Fields.seedSpinner(settings.seedProperty()));

        CheckBox fineTune = new CheckBox("Fine-tune the backbone");
        fineTune.setId("fine-tune");
        fineTune.selectedProperty().bindBidirectional(settings.fineTuneProperty());
        fineTune.disableProperty().bind(fineTunable.not());
        GridPane fineForm = Fields.form();
        Fields.row(fineForm, "From epoch", Fields.id(Fields.intSpinner(settings.fineTuneFromEpochProperty(), 1,
                100_000, 1), "fine-tune-epoch"));
        Fields.row(fineForm, "From parameter index", Fields.id(Fields.intSpinner(
                settings.fineTuneFromParameterProperty(), 0, 100_000, 1), "fine-tune-parameter"));
        Fields.row(fineForm, "Backbone rate × learning rate", Fields.id(Fields.doubleSpinner(
                settings.backboneRateFactorProperty(), 0.001, 1, 0.05), "backbone-rate-factor"));
        fineForm.disableProperty().bind(settings.fineTuneProperty().not().or(fineTunable.not()));
        Label count = Fields.hint("");
        count.setId("fine-tune-parameters");
        count.textProperty().bind(parameters.noteProperty());
        count.visibleProperty().bind(count.textProperty().isNotEmpty());
        count.managedProperty().bind(count.visibleProperty());
        Label fineHint = Fields.hint("Trains the backbone's named parameters from this index on, from this epoch "
                + "on (counted from 1), with the autoencoder, at a fraction of the learning rate. The reference "
                + "unfreezes R(2+1)D-18 from 99 of 110, SlowFast R50 from 300 of 329, TimeSformer from 225 of 246. "
                + "Only a TorchScript backbone with its models/<id>.pt can be fine-tuned; the built-in descriptor "
                + "has no parameters.");
        Label scheduleHint = Fields.hint("");
        scheduleHint.textProperty().bind(Bindings.createStringBinding(
                () -> TrainingSettingsViewModel.describe(settings.scheduleProperty().get()),
                settings.scheduleProperty()));
        Label rateWarning = Fields.hint("");
        rateWarning.setId("rate-warning");
        rateWarning.getStyleClass().add("validation-warning");
        rateWarning.textProperty().bind(settings.rateWarningProperty());
        rateWarning.visibleProperty().bind(rateWarning.textProperty().isNotEmpty());
        rateWarning.managedProperty().bind(rateWarning.visibleProperty());
        return Fields.card("Training", form, scheduleHint, rateWarning, fineTune, fineForm, count, fineHint);
    }

    /** Shows a form row (its label too) only for the given schedules. */
    private static void showFor(GridPane form, Node field, TrainingSettingsViewModel settings, ScheduleType... types) {
        var visible = Bindings.createBooleanBinding(() -> List.of(types).contains(settings.scheduleProperty().get()),
                settings.scheduleProperty());
        for (Node node : form.getChildren()) {
            if (node == field || (node instanceof Label label && label.getLabelFor() == field)) {
                node.visibleProperty().bind(visible);
                node.managedProperty().bind(visible);
            }
        }
    }
}
