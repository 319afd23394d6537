package dev.vigil.ui.model;

import dev.vigil.backbone.ComputeDevice;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.concurrent.Callable;

/**
 * Where TorchScript backbones run: CPU, or GPU when the engine sees a usable one. The choice becomes the config's
 * {@code model.device}. Looking for GPUs costs loading the engine, so it runs in the background; until one is found
 * the choice stays on CPU, and a GPU asked for (by the user, or by restored settings) is taken once it is found.
 */
public final class DeviceViewModel {

    private final ObjectProperty<Device> device = new SimpleObjectProperty<>(this, "device", Device.CPU);
    private final ReadOnlyIntegerWrapper gpuCount = new ReadOnlyIntegerWrapper(this, "gpuCount");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "Looking for a GPU…");
    private final BooleanBinding gpuAvailable = gpuCount.greaterThan(0);
    /** What was asked for: GPU waits for the engine's answer; null lets a found GPU be taken. */
    private Device wanted;

    DeviceViewModel() {
        gpuAvailable.addListener((obs, was, now) -> device.set(now && wanted != Device.CPU ? Device.GPU : Device.CPU));
        device.addListener((obs, old, now) -> {
            if (now == Device.GPU && !gpuAvailable.get()) {
                device.set(Device.CPU);
            }
        });
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

    /** "No GPU visible to PyTorch: …", "2 GPUs visible to PyTorch", or why looking failed. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The user picks a device. */
    public void choose(Device choice) {
        wanted = choice;
        device.set(choice);
    }

    /**
     * The config's {@code model.device}: what the user chose, else auto, so that settings kept before the engine
     * answered (the choice shows CPU until then) do not pin the CPU on a machine with a GPU.
     */
    public ComputeDevice configValue() {
        if (wanted == Device.CPU) {
            return ComputeDevice.CPU;
        }
        return wanted == Device.GPU && device.get() == Device.GPU ? ComputeDevice.GPU : ComputeDevice.AUTO;
    }

    /** Takes a config's device: auto takes a GPU once one is found, cpu and gpu are kept as asked. */
    void apply(ComputeDevice configured) {
        wanted = switch (configured) {
            case AUTO -> null;
            case CPU -> Device.CPU;
            case GPU -> Device.GPU;
        };
        device.set(wanted == Device.CPU || !gpuAvailable.get() ? Device.CPU : Device.GPU);
    }

    /** Asks {@code gpuCounter} in the background how many GPUs the engine can use. */
    void detect(TaskExecutor executor, Callable<Integer> gpuCounter) {
        BackgroundTask<Integer> detect = new BackgroundTask<>("Look for GPUs") {
            @Override
            protected Integer call(ProgressListener progress, CancellationToken cancellation) throws Exception {
                return gpuCounter.call();
            }
        };
        detect.onSuccess(count -> {
            gpuCount.set(count);
            note.set(count > 0 ? count + (count == 1 ? " GPU" : " GPUs") + " visible to PyTorch"
                    : "No GPU visible to PyTorch: TorchScript backbones run on the CPU");
        }).onFailure(error -> {
            gpuCount.set(0);
            note.set("GPU check failed (" + BackgroundTask.describe(error) + "): TorchScript backbones run on the CPU");
        });
        executor.execute(detect);
    }
}
