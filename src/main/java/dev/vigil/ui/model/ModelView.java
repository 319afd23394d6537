package dev.vigil.ui.model;

import dev.vigil.ui.common.Fields;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Screen 2: backbone (every model card, available or not), device, autoencoder layout, detectors to compare and
 * training settings. What the experiment config refuses is listed at the top, naming the field.
 */
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
        VBox right = new VBox(16, DetectorsCard.create(model.detectors()),
                TrainingCard.create(model.training(), model.fineTunableProperty(), model.parameters()));
        Label problems = message(model.problemTextProperty(), "validation-error");
        problems.setId("config-problems");
        columns.add(problems, 0, 0, 2, 1);
        columns.add(left, 0, 1);
        columns.add(right, 1, 1);
        columns.setPadding(new Insets(2));
        setContent(columns);
    }

    private VBox backboneCard() {
        ComboBox<BackboneChoice> backbones = new ComboBox<>(model.backbones());
        backbones.setId("backbone");
        backbones.valueProperty().bindBidirectional(model.backboneProperty());
        backbones.setPromptText("No backbones found");
        backbones.setMaxWidth(Double.MAX_VALUE);
        backbones.setCellFactory(list -> new BackboneCell());
        Spinner<Integer> inputSize = Fields.intSpinner(model.layout().inputSizeProperty(), 1,
                LayoutEditorViewModel.MAX_SIZE, 64);
        inputSize.setId("input-size");
        inputSize.disableProperty().bind(model.backboneProperty().isNotNull());
        GridPane form = Fields.form();
        Fields.row(form, "Backbone", backbones);
        Fields.row(form, "Embedding size", inputSize);
        Label note = Fields.hint("");
        note.setId("backbone-note");
        note.textProperty().bind(model.backboneNoteProperty());
        TextArea command = new TextArea();
        command.setId("backbone-command");
        command.setEditable(false);
        command.setWrapText(true);
        command.setPrefRowCount(2);
        command.getStyleClass().add("command-note");
        command.textProperty().bind(model.backboneCommandProperty());
        command.visibleProperty().bind(model.backboneCommandProperty().isNotEmpty());
        command.managedProperty().bind(command.visibleProperty());
        Label hint = Fields.hint("The backbone turns each clip into an embedding; its size is the autoencoder's input. "
                + "The built-in descriptor needs no model file; TorchScript backbones need theirs in models/.");
        return Fields.card("Backbone", form, note, command, hint);
    }

    /** A backbone in the list: its name, and whether it can be used now. */
    private static final class BackboneCell extends javafx.scene.control.ListCell<BackboneChoice> {
        @Override
        protected void updateItem(BackboneChoice item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("unavailable");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.name() + " (" + item.embeddingSize() + "-d) · " + (!item.available() ? "missing"
                    : !item.torchScript() ? "built-in" : item.fineTunable() ? "TorchScript, found"
                    : "TorchScript, extraction only"));
            if (!item.available()) {
                getStyleClass().add("unavailable");
            }
        }
    }

    private VBox deviceCard() {
        DeviceViewModel device = model.device();
        ToggleGroup group = new ToggleGroup();
        RadioButton cpu = new RadioButton("CPU");
        cpu.setId("device-cpu");
        cpu.setUserData(Device.CPU);
        RadioButton gpu = new RadioButton("GPU");
        gpu.setId("device-gpu");
        gpu.setUserData(Device.GPU);
        cpu.disableProperty().bind(model.torchScriptProperty().not());
        gpu.disableProperty().bind(device.gpuAvailableProperty().not().or(model.torchScriptProperty().not()));
        cpu.setToggleGroup(group);
        gpu.setToggleGroup(group);
        group.selectToggle(device.deviceProperty().get() == Device.GPU ? gpu : cpu);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && now.getUserData() != device.deviceProperty().get()) {
                device.choose((Device) now.getUserData());
            }
        });
        device.deviceProperty().addListener((obs, old, now) -> group.selectToggle(now == Device.GPU ? gpu : cpu));
        Label note = Fields.hint("");
        note.setId("device-note");
        note.textProperty().bind(javafx.beans.binding.Bindings.when(model.torchScriptProperty())
                .then(device.noteProperty().concat(". The backbone embeds (and fine-tunes) there; the detectors run "
                        + "on the CPU."))
                .otherwise("The built-in descriptor runs in Java on the CPU; the choice applies to TorchScript "
                        + "backbones."));
        return Fields.card("Device", Fields.bar(cpu, gpu), note);
    }

    private VBox layoutCard() {
        LayoutEditorViewModel layout = model.layout();
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
        Label hint = Fields.hint("BatchNorm on the input, then Linear → ReLU → Dropout per layer; the decoder mirrors the "
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
