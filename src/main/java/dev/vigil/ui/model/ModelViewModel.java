package dev.vigil.ui.model;

import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.Coalescer;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The model screen: which backbone makes the embeddings, the autoencoder's layout, the detectors to compare, the
 * training settings and the device. Its values build an {@link ExperimentConfig}; whatever the config refuses is
 * listed as the screen's problems, in the words of the form (the field's name, then the config's reason), and
 * training stays off until there are none.
 */
public final class ModelViewModel {

    private final ObservableList<BackboneChoice> backbones = FXCollections.observableArrayList();
    private final ObjectProperty<BackboneChoice> backbone = new SimpleObjectProperty<>(this, "backbone");
    private final LayoutEditorViewModel layout = new LayoutEditorViewModel();
    private final TrainingSettingsViewModel training = new TrainingSettingsViewModel();
    private final DetectorSettingsViewModel detectors = new DetectorSettingsViewModel();
    private final DeviceViewModel device = new DeviceViewModel();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExperimentConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyStringWrapper backboneNote = new ReadOnlyStringWrapper(this, "backboneNote", "");
    private final ReadOnlyStringWrapper backboneCommand = new ReadOnlyStringWrapper(this, "backboneCommand", "");
    private final BackboneParameters parameters;
    private final BooleanBinding fineTunable;
    private final BooleanBinding torchScript;
    private final StringBinding deviceInUse;
    private final StringBinding problemText;
    private final Coalescer rebuild;
    /** The backbone a restored config names, chosen once the list of backbones arrives. */
    private String wantedBackbone;

    /** @param uiThread where a changed value rebuilds the config (once per pulse, however many values change) */
    public ModelViewModel(java.util.concurrent.Executor uiThread) {
        rebuild = new Coalescer(uiThread, this::rebuild);
        fineTunable = Bindings.createBooleanBinding(() -> backbone.get() != null && backbone.get().fineTunable(),
                backbone);
        torchScript = Bindings.createBooleanBinding(() -> backbone.get() != null && backbone.get().torchScript(),
                backbone);
        deviceInUse = Bindings.createStringBinding(() -> backbone.get() == null || !backbone.get().torchScript()
                ? "CPU (built-in descriptor)" : device.deviceProperty().get() == Device.GPU ? "GPU" : "CPU",
                backbone, device.deviceProperty());
        parameters = new BackboneParameters(backbone, training);
        backbone.addListener((obs, old, now) -> {
            if (now != null) {
                layout.inputSizeProperty().set(now.embeddingSize());
            }
            if (now == null || !now.fineTunable()) {
                training.fineTuneProperty().set(false);
            }
            backboneNote.set(now == null ? "" : now.note());
            backboneCommand.set(now == null || now.available() ? "" : now.command());
        });
        problemText = Bindings.createStringBinding(() -> String.join("\n", problems), problems);
        List<Observable> all = new ArrayList<>(List.of(backbone, layout.layoutProperty(), layout.problemProperty(),
                device.deviceProperty(), parameters.countProperty()));
        all.addAll(training.dependencies());
        all.addAll(detectors.dependencies());
        all.forEach(o -> o.addListener(obs -> rebuild.request()));
        rebuild();
    }

    // Properties

    public ObservableList<BackboneChoice> backbones() {
        return backbones;
    }

    /** The chosen backbone; its embedding size becomes the layout's input size. */
    public ObjectProperty<BackboneChoice> backboneProperty() {
        return backbone;
    }

    /** What the chosen backbone is, or what it needs. */
    public ReadOnlyStringProperty backboneNoteProperty() {
        return backboneNote.getReadOnlyProperty();
    }

    /** For a missing backbone, the command that makes it available (to copy); empty otherwise. */
    public ReadOnlyStringProperty backboneCommandProperty() {
        return backboneCommand.getReadOnlyProperty();
    }

    public LayoutEditorViewModel layout() {
        return layout;
    }

    public TrainingSettingsViewModel training() {
        return training;
    }

    public DetectorSettingsViewModel detectors() {
        return detectors;
    }

    public DeviceViewModel device() {
        return device;
    }

    /** True when the chosen backbone can be fine-tuned here (a TorchScript one with its model file). */
    public BooleanBinding fineTunableProperty() {
        return fineTunable;
    }

    /** True when the chosen backbone is a TorchScript network: the device choice applies to it. */
    public BooleanBinding torchScriptProperty() {
        return torchScript;
    }

    /** Where the chosen backbone runs, for the status bar: "CPU (built-in descriptor)", "CPU" or "GPU". */
    public StringBinding deviceInUseProperty() {
        return deviceInUse;
    }

    /** The chosen backbone's named parameters, for the fine-tuning fields. */
    public BackboneParameters parameters() {
        return parameters;
    }

    /** What keeps the settings from making an experiment; empty when they do. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The problems, one per line. */
    public StringBinding problemTextProperty() {
        return problemText;
    }

    /** The settings as a validated config (dataset and run folder still to be given), or null while they have problems. */
    public ReadOnlyObjectProperty<ExperimentConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    // Commands

    /**
     * The experiment to run: these settings on a dataset, into a run folder.
     *
     * @throws ConfigException with the problems, in the form's words
     */
    public ExperimentConfig config(Path manifest, Path runsDir, String runName) {
        rebuild();
        ExperimentConfig current = config.get();
        if (current == null) {
            throw new ConfigException(null, List.copyOf(problems));
        }
        return ModelConfigs.placed(current, manifest, runsDir, runName);
    }

    /** Takes the settings of a config: the last session's, or an earlier run's. */
    public void apply(ExperimentConfig source) {
        var settings = source.settings();
        String id = settings.backbone();
        wantedBackbone = id;
        backbones.stream().filter(b -> b.id().equals(id)).findFirst().ifPresent(backbone::set);
        layout.setLayers(settings.layerSizes());
        layout.dropoutProperty().set(source.get("model.dropout").asDouble());
        training.apply(source);
        detectors.apply(source);
        device.apply(settings.device());
        if (!fineTunable.get()) {
            training.fineTuneProperty().set(false);
        }
        rebuild();
    }

    /** Offers these backbones, keeping the choice when it is still among them, else the first available one. */
    public void setBackbones(List<BackboneChoice> choices) {
        String chosen = backbone.get() != null ? backbone.get().id() : wantedBackbone;
        backbones.setAll(choices);
        BackboneChoice same = chosen == null ? null : choices.stream().filter(c -> c.id().equals(chosen))
                .findFirst().orElse(null);
        backbone.set(same != null ? same : choices.stream().filter(BackboneChoice::available).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0)));
    }

    /** Lists the backbones in the background (reading the models folder) and offers them. */
    public void loadBackbones(TaskExecutor executor, Callable<List<BackboneChoice>> lister) {
        ListBackbonesTask list = new ListBackbonesTask(lister);
        list.onSuccess(this::setBackbones)
                .onFailure(error -> backboneNote.set("Backbones could not be listed: " + BackgroundTask.describe(error)));
        executor.execute(list);
    }

    /** Asks {@code gpuCounter} in the background how many GPUs the engine can use. */
    public void detectDevices(TaskExecutor executor, Callable<Integer> gpuCounter) {
        device.detect(executor, gpuCounter);
    }

    /**
     * Counts a fine-tunable backbone's parameters with {@code lister} (in the background, once per backbone, when
     * fine-tuning is ticked), so that the form can show the index range and refuse an index beyond it.
     */
    public void countParametersWith(TaskExecutor executor, BackboneParameters.Lister lister) {
        parameters.countWith(executor, lister);
    }

    private void rebuild() {
        List<String> found = new ArrayList<>();
        BackboneChoice chosen = backbone.get();
        if (chosen != null && !chosen.available()) {
            found.add("Backbone: " + chosen.name() + " is not available (" + chosen.howToGet() + ")");
        }
        AutoencoderLayout shape = layout.layoutProperty().get();
        if (shape == null) {
            found.add("Autoencoder layout: " + layout.problemProperty().get());
        }
        if (detectors.chosen().isEmpty()) {
            found.add("Detectors: choose at least one");
        }
        String cross = training.crossCheck();
        if (!cross.isEmpty()) {
            found.add(cross);
        }
        String beyond = parameters.problem();
        if (!beyond.isEmpty()) {
            found.add(beyond);
        }
        ExperimentConfig built = null;
        if (found.isEmpty()) {
            Map<String, Object> values = ModelConfigs.values(chosen, shape);
            values.putAll(training.configValues());
            values.putAll(detectors.configValues());
            values.put("model.device", device.configValue().id());
            built = ModelConfigs.build(values, found);
        }
        config.set(built);
        if (!problems.equals(found)) {
            problems.setAll(found);
        }
    }
}
