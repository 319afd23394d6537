package dev.vigil.ui.model;

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
 * Where training runs: CPU, or GPU when the engine sees a usable one. Looking costs loading the engine, so it runs
 * in the background; until a GPU is found, the choice stays on CPU.
 */
public final class DeviceModel {

    private final ObjectProperty<Device> device = new SimpleObjectProperty<>(this, "device", Device.CPU);
    private final ReadOnlyIntegerWrapper gpuCount = new ReadOnlyIntegerWrapper(this, "gpuCount");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "Looking for a GPU…");
    private final BooleanBinding gpuAvailable = gpuCount.greaterThan(0);

    DeviceModel() {
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

    /** "No GPU visible to the engine" and the like. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
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
            note.set(count > 0 ? count + (count == 1 ? " GPU" : " GPUs") + " available"
                    : "No GPU visible to the engine: training runs on the CPU");
        }).onFailure(error -> {
            gpuCount.set(0);
            note.set("GPU check failed (" + BackgroundTask.describe(error) + "): training runs on the CPU");
        });
        executor.execute(detect);
    }
}
