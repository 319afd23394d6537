package dev.vigil.ui.model;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The model screen: which backbone makes the embeddings, the autoencoder's layout, the training settings and the
 * device. The GPU choice is on only when the engine sees a usable GPU; looking costs loading the engine, so it runs
 * in the background.
 */
public final class ModelViewModel {

    private final ObservableList<BackboneChoice> backbones = FXCollections.observableArrayList();
    private final ObjectProperty<BackboneChoice> backbone = new SimpleObjectProperty<>(this, "backbone");
    private final LayoutEditorModel layout = new LayoutEditorModel();
    private final TrainingSettingsModel training = new TrainingSettingsModel();
    private final ObjectProperty<Device> device = new SimpleObjectProperty<>(this, "device", Device.CPU);
    private final ReadOnlyIntegerWrapper gpuCount = new ReadOnlyIntegerWrapper(this, "gpuCount");
    private final ReadOnlyStringWrapper deviceNote = new ReadOnlyStringWrapper(this, "deviceNote",
            "Looking for a GPU…");
    private final BooleanBinding gpuAvailable = gpuCount.greaterThan(0);
    private final BooleanBinding fineTunable;

    public ModelViewModel() {
        fineTunable = Bindings.createBooleanBinding(() -> backbone.get() != null && backbone.get().fineTunable(),
                backbone);
        backbone.addListener((obs, old, now) -> {
            if (now != null) {
                layout.inputSizeProperty().set(now.embeddingSize());
            }
            if (now == null || !now.fineTunable()) {
                training.fineTuneProperty().set(false);
            }
        });
        gpuAvailable.addListener((obs, was, now) -> {
            if (!now) {
                device.set(Device.CPU);
            }
        });
        device.addListener((obs, old, now) -> {
            if (now == Device.GPU && !gpuAvailable.get()) {
                device.set(Device.CPU);
            }
        });
    }

    // Properties

    public ObservableList<BackboneChoice> backbones() {
        return backbones;
    }

    /** The chosen backbone; its embedding size becomes the layout's input size. */
    public ObjectProperty<BackboneChoice> backboneProperty() {
        return backbone;
    }

    public LayoutEditorModel layout() {
        return layout;
    }

    public TrainingSettingsModel training() {
        return training;
    }

    /** CPU or GPU; GPU falls back to CPU while none is available. */
    public ObjectProperty<Device> deviceProperty() {
        return device;
    }

    public ReadOnlyIntegerProperty gpuCountProperty() {
        return gpuCount.getReadOnlyProperty();
    }

    public BooleanBinding gpuAvailableProperty() {
        return gpuAvailable;
    }

    /** "No GPU visible to the engine" and the like, for the device section. */
    public ReadOnlyStringProperty deviceNoteProperty() {
        return deviceNote.getReadOnlyProperty();
    }

    /** True when the chosen backbone can be fine-tuned. */
    public BooleanBinding fineTunableProperty() {
        return fineTunable;
    }

    // Commands

    /** Offers these backbones, keeping the choice when it is still among them, else the first. */
    public void setBackbones(List<BackboneChoice> choices) {
        BackboneChoice chosen = backbone.get();
        backbones.setAll(choices);
        backbone.set(chosen != null && backbones.contains(chosen) ? chosen : choices.isEmpty() ? null : choices.get(0));
    }

    /** Asks {@code gpuCounter} in the background how many GPUs the engine can use. */
    public void detectDevices(TaskExecutor executor, Callable<Integer> gpuCounter) {
        BackgroundTask<Integer> detect = new BackgroundTask<>("Look for GPUs") {
            @Override
            protected Integer call(ProgressListener progress, CancellationToken cancellation) throws Exception {
                return gpuCounter.call();
            }
        };
        detect.onSuccess(count -> {
            gpuCount.set(count);
            deviceNote.set(count > 0 ? count + (count == 1 ? " GPU" : " GPUs") + " available"
                    : "No GPU visible to the engine: training runs on the CPU");
        }).onFailure(error -> {
            gpuCount.set(0);
            deviceNote.set("GPU check failed (" + BackgroundTask.describe(error) + "): training runs on the CPU");
        });
        executor.execute(detect);
    }
}
