package dev.vigil.ui.model;

import dev.vigil.ui.common.Fields;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Screen 2: backbone, device, autoencoder layout and training settings. */
public final class ModelView extends ScrollPane {

    private final ModelViewModel model;
    private final VBox layerRows = new VBox(6);

    public ModelView(ModelViewModel model) {
        this.model = model;
        getStyleClass().addAll("screen", "model-screen");
        setFitToWidth(true);
        GridPane columns = new GridPane();
        columns.setHgap(16);
        columns.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(half, half);
        VBox left = new VBox(16, backboneCard(), deviceCard(), layoutCard());
        VBox right = new VBox(16, trainingCard());
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);
        columns.setPadding(new Insets(2));
        setContent(columns);
    }

    private VBox backboneCard() {
        ComboBox<BackboneChoice> backbones = new ComboBox<>(model.backbones());
        backbones.setId("backbone");
        backbones.valueProperty().bindBidirectional(model.backboneProperty());
        backbones.setPromptText("No backbones found");
        backbones.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> inputSize = Fields.intSpinner(model.layout().inputSizeProperty(), 1, LayoutEditorModel.MAX_SIZE, 64);
        inputSize.setId("input-size");
        inputSize.disableProperty().bind(model.backboneProperty().isNotNull());
        GridPane form = Fields.form();
        Fields.row(form, "Backbone", backbones);
        Fields.row(form, "Embedding size", inputSize);
        Label hint = hint("The backbone turns each clip into an embedding; its size is the autoencoder's input. "
                + "Without a backbone, set the embedding size by hand to plan a layout.");
        return Fields.card("Backbone", form, hint);
    }

    private VBox deviceCard() {
        ToggleGroup group = new ToggleGroup();
        RadioButton cpu = new RadioButton("CPU");
        cpu.setId("device-cpu");
        cpu.setUserData(Device.CPU);
        RadioButton gpu = new RadioButton("GPU");
        gpu.setId("device-gpu");
        gpu.setUserData(Device.GPU);
        gpu.disableProperty().bind(model.gpuAvailableProperty().not());
        cpu.setToggleGroup(group);
        gpu.setToggleGroup(group);
        group.selectToggle(model.deviceProperty().get() == Device.GPU ? gpu : cpu);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.deviceProperty().set((Device) now.getUserData());
            }
        });
        model.deviceProperty().addListener((obs, old, now) -> group.selectToggle(now == Device.GPU ? gpu : cpu));
        Label note = hint("");
        note.setId("device-note");
        note.textProperty().bind(model.deviceNoteProperty());
        return Fields.card("Device", Fields.bar(cpu, gpu), note);
    }

    private VBox layoutCard() {
        LayoutEditorModel layout = model.layout();
        layout.layers().addListener((ListChangeListener<Object>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuildLayerRows();
                    return;
                }
            }
        });
        rebuildLayerRows();
        Button add = new Button("Add layer");
        add.setId("add-layer");
        add.disableProperty().bind(layout.canAddLayerProperty().not());
        add.setOnAction(event -> layout.addLayer());
        Button remove = new Button("Remove last");
        remove.setId("remove-layer");
        remove.disableProperty().bind(layout.canRemoveLayerProperty().not());
        remove.setOnAction(event -> layout.removeLastLayer());
        Spinner<Double> dropout = Fields.doubleSpinner(layout.dropoutProperty(), 0, 0.95, 0.05);
        dropout.setId("dropout");
        GridPane form = Fields.form();
        Fields.row(form, "Dropout", dropout);

        Label shape = new Label();
        shape.setId("layout-shape");
        shape.getStyleClass().add("layout-shape");
        shape.textProperty().bind(layout.shapeProperty());
        shape.setWrapText(true);
        Label count = new Label();
        count.setId("parameter-count");
        count.getStyleClass().add("big-number");
        count.textProperty().bind(layout.parameterCountProperty());
        Label countCaption = new Label("trainable parameters");
        countCaption.getStyleClass().add("hint");
        HBox countRow = new HBox(8, count, countCaption);
        countRow.setAlignment(Pos.BASELINE_LEFT);
        Label problem = message(layout.problemProperty(), "validation-error");
        problem.setId("layout-problem");
        Label warning = message(layout.warningProperty(), "validation-warning");
        Label hint = hint("BatchNorm on the input, then Linear → ReLU → Dropout per layer; the decoder mirrors the "
                + "encoder. The last layer is the latent code.");
        return Fields.card("Autoencoder layout", layerRows, Fields.bar(add, remove), form, shape, countRow, problem,
                warning, hint);
    }

    private void rebuildLayerRows() {
        layerRows.getChildren().clear();
        var layers = model.layout().layers();
        for (int i = 0; i < layers.size(); i++) {
            Label name = new Label(i == layers.size() - 1 ? "Layer " + (i + 1) + " (latent)" : "Layer " + (i + 1));
            name.getStyleClass().add("form-label");
            name.setMinWidth(110);
            TextField size = new TextField();
            size.setId("layer-" + (i + 1));
            size.setPrefColumnCount(8);
            size.textProperty().bindBidirectional(layers.get(i));
            HBox row = new HBox(12, name, size);
            row.setAlignment(Pos.CENTER_LEFT);
            layerRows.getChildren().add(row);
        }
    }

    private VBox trainingCard() {
        TrainingSettingsModel settings = model.training();
        GridPane form = Fields.form();
        Fields.row(form, "Epochs", id(Fields.intSpinner(settings.epochsProperty(), 1, 100_000, 1), "epochs"));
        Fields.row(form, "Learning rate", id(Fields.doubleSpinner(settings.learningRateProperty(), 1e-7, 0.999, 1e-4),
                "learning-rate"));
        ChoiceBox<Schedule> schedule = new ChoiceBox<>();
        schedule.getItems().setAll(Schedule.values());
        schedule.valueProperty().bindBidirectional(settings.scheduleProperty());
        schedule.setId("schedule");
        Fields.row(form, "Schedule", schedule);
        Spinner<Integer> step = Fields.intSpinner(settings.stepSizeProperty(), 1, 10_000, 1);
        Spinner<Double> gamma = Fields.doubleSpinner(settings.gammaProperty(), 0.001, 0.999, 0.05);
        Spinner<Integer> patience = Fields.intSpinner(settings.patienceProperty(), 1, 10_000, 1);
        Fields.row(form, "Step (epochs)", step);
        Fields.row(form, "Decay factor", gamma);
        Fields.row(form, "Patience (epochs)", patience);
        showFor(form, step, settings, Schedule.STEP);
        showFor(form, gamma, settings, Schedule.STEP, Schedule.PLATEAU);
        showFor(form, patience, settings, Schedule.PLATEAU);
        Fields.row(form, "Batch size", id(Fields.intSpinner(settings.batchSizeProperty(), 1, 4096, 1), "batch-size"));
        Fields.row(form, "Seed", Fields.seedSpinner(settings.seedProperty()));

        CheckBox fineTune = new CheckBox("Fine-tune the backbone");
        fineTune.setId("fine-tune");
        fineTune.selectedProperty().bindBidirectional(settings.fineTuneProperty());
        fineTune.disableProperty().bind(model.fineTunableProperty().not());
        GridPane fineForm = Fields.form();
        Fields.row(fineForm, "From epoch", Fields.intSpinner(settings.fineTuneFromEpochProperty(), 1, 100_000, 1));
        Fields.row(fineForm, "From parameter index",
                Fields.intSpinner(settings.fineTuneFromParameterProperty(), 0, 100_000, 1));
        fineForm.disableProperty().bind(settings.fineTuneProperty().not());
        Label fineHint = hint("Unfreezes the backbone's named parameters from this index on, from this epoch on "
                + "(e.g. R(2+1)D from 99 of 110). Only TorchScript backbones can be fine-tuned.");
        Label scheduleHint = hint("");
        scheduleHint.textProperty().bind(Bindings.createStringBinding(
                () -> settings.scheduleProperty().get() == null ? "" : settings.scheduleProperty().get().description(),
                settings.scheduleProperty()));
        Label problem = message(settings.problemProperty(), "validation-error");
        problem.setId("training-problem");
        return Fields.card("Training", form, scheduleHint, fineTune, fineForm, fineHint, problem);
    }

    /** Shows a form row (its label too) only for the given schedules. */
    private static void showFor(GridPane form, Node field, TrainingSettingsModel settings, Schedule... schedules) {
        var visible = Bindings.createBooleanBinding(() -> java.util.Arrays.asList(schedules)
                .contains(settings.scheduleProperty().get()), settings.scheduleProperty());
        for (Node node : form.getChildren()) {
            if (node == field || (node instanceof Label label && label.getLabelFor() == field)) {
                node.visibleProperty().bind(visible);
                node.managedProperty().bind(visible);
            }
        }
    }

    private static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private static Label message(javafx.beans.value.ObservableStringValue text, String style) {
        Label label = new Label();
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.setWrapText(true);
        return label;
    }
}
