package dev.vigil.ui.longvideo;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.DetectorKind;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.timeline.TimelineSettings;
import dev.vigil.ui.model.BackboneChoice;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskAware;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The long-video run form: a folder of normal recordings to learn from, a folder of videos to score, an optional
 * ground-truth CSV, the backbone, detector, windows and threshold percentile, and the name of the output folder in
 * the runs folder. Run starts a {@link TimelineTask} in the background (progress, cancel); what it writes opens in the
 * review. Says why it cannot run, naming the field.
 */
public final class LongVideoRunViewModel implements TaskAware {

    private final TaskExecutor executor;
    private final TimelineEngine engine;
    private final Consumer<String> log;
    private final TaskState task = new TaskState();
    private final StringProperty trainFolder = new SimpleStringProperty(this, "trainFolder", "");
    private final StringProperty testFolder = new SimpleStringProperty(this, "testFolder", "");
    private final StringProperty groundTruth = new SimpleStringProperty(this, "groundTruth", "");
    private final ObservableList<BackboneChoice> backbones;
    private final ObjectProperty<BackboneChoice> backbone = new SimpleObjectProperty<>(this, "backbone");
    private final ObjectProperty<DetectorKind> detector = new SimpleObjectProperty<>(this, "detector",
            DetectorKind.KNN);
    // the fixed-camera backbone's defaults: it is the one offered first
    private final IntegerProperty window = new SimpleIntegerProperty(this, "window",
            TimelineSettings.SCENE_WINDOWS.length());
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride",
            TimelineSettings.SCENE_WINDOWS.stride());
    private final DoubleProperty percentile = new SimpleDoubleProperty(this, "percentile",
            ThresholdRule.DEFAULT_PERCENTILE);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Path> runsFolder;
    private final Supplier<ComputeDevice> device;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding problem;
    private final BooleanBinding canRun;
    private Consumer<TimelineResult> finished = result -> { };

    /**
     * @param backbones  every backbone of the model screen; the available ones are offered
     * @param runsFolder where the output folder goes
     * @param device     where a TorchScript backbone runs (the model screen's choice)
     * @param log        the workbench log, for skipped videos and outcomes; callable from any thread
     */
    public LongVideoRunViewModel(TaskExecutor executor, TimelineEngine engine, ObservableList<BackboneChoice> backbones,
                             ObjectProperty<Path> runsFolder, Supplier<ComputeDevice> device, Consumer<String> log) {
        this.executor = executor;
        this.engine = engine;
        this.backbones = new FilteredList<>(backbones, BackboneChoice::available);
        this.runsFolder = runsFolder;
        this.device = device;
        this.log = log;
        problem = Bindings.createStringBinding(() -> form().problem(), trainFolder, testFolder, groundTruth, backbone, window,
                stride, percentile, name, runsFolder);
        canRun = problem.isEmpty().and(task.activeProperty().not());
        freshName();
    }

    // Properties

    public StringProperty trainFolderProperty() {
        return trainFolder;
    }

    public StringProperty testFolderProperty() {
        return testFolder;
    }

    /** Empty for none: then the run measures nothing. */
    public StringProperty groundTruthProperty() {
        return groundTruth;
    }

    /** The backbones that can be used now. */
    public ObservableList<BackboneChoice> backbones() {
        return backbones;
    }

    public ObjectProperty<BackboneChoice> backboneProperty() {
        return backbone;
    }

    public ObjectProperty<DetectorKind> detectorProperty() {
        return detector;
    }

    /** Frames per window. */
    public IntegerProperty windowProperty() {
        return window;
    }

    /** Frames between window starts. */
    public IntegerProperty strideProperty() {
        return stride;
    }

    /** The threshold is this percentile of the scores of normal windows held out from training. */
    public DoubleProperty percentileProperty() {
        return percentile;
    }

    /** The output folder's name in the runs folder. */
    public StringProperty nameProperty() {
        return name;
    }

    /** Why Run is off, naming the field; empty when it is on. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** Why the last run failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public TaskState taskState() {
        return task;
    }

    /** Receives what a finished run wrote, read back. */
    public void setOnFinished(Consumer<TimelineResult> onFinished) {
        finished = onFinished;
    }

    // Commands

    /** A name for the output folder that is free in the runs folder, and a backbone if none is chosen. */
    public void freshName() {
        Path runs = runsFolder.get();
        name.set(LongVideoForm.freshName(runs, LocalDateTime.now()));
        if (backbone.get() == null || !backbones.contains(backbone.get())) {
            // long videos are mostly fixed cameras: the scene descriptor first
            backbone.set(backbones.stream().filter(b -> b.id().equals(BackboneRegistry.SCENE_ID)).findFirst()
                    .orElse(backbones.isEmpty() ? null : backbones.get(0)));
        }
    }

    /** Starts the run in the background; says why when it cannot. */
    public void run() {
        if (!canRun.get()) {
            error.set(problem.get().isEmpty() ? "A long-video run is already going" : problem.get());
            return;
        }
        TimelineJob job = job();
        error.set("");
        TimelineTask run = new TimelineTask(job, engine, log);
        run.onSuccess(result -> {
            log.accept("Scored " + result.videos().size() + " long videos into " + job.out());
            finished.accept(result);
            freshName();
        }).onCancelled(() -> log.accept("The long-video run was cancelled; nothing was written"))
                .onFailure(failure -> {
                    error.set(BackgroundTask.describe(failure));
                    log.accept("The long-video run failed: " + BackgroundTask.describe(failure));
                });
        task.track(run);
        executor.execute(run);
    }

    public void cancel() {
        task.cancel();
    }

    /** The run the form describes (call only when there is no problem). */
    TimelineJob job() {
        return form().job(device.get());
    }

    private LongVideoForm form() {
        return new LongVideoForm(trainFolder.get(), testFolder.get(), groundTruth.get(),
                backbone.get() == null ? null : backbone.get().id(), detector.get(), window.get(), stride.get(),
                percentile.get(), name.get(), runsFolder.get());
    }

}
