package dev.vigil.ui.longvideo;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.DetectorKind;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.ThresholdRule;
import dev.vigil.timeline.TimelineSettings;
import dev.vigil.timeline.WindowSpec;
import dev.vigil.timeline.folder.TimelineResult;
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

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The long-video run form: a folder of normal recordings to learn from, a folder of videos to score, an optional
 * ground-truth CSV, the backbone, detector, windows and threshold percentile, and the name of the output folder in
 * the runs folder. Run starts a {@link TimelineTask} in the background (progress, cancel); what it writes opens in the
 * review. Says why it cannot run, naming the field.
 */
public final class LongVideoRunModel implements TaskAware {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

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
    public LongVideoRunModel(TaskExecutor executor, TimelineEngine engine, ObservableList<BackboneChoice> backbones,
                             ObjectProperty<Path> runsFolder, Supplier<ComputeDevice> device, Consumer<String> log) {
        this.executor = executor;
        this.engine = engine;
        this.backbones = new FilteredList<>(backbones, BackboneChoice::available);
        this.runsFolder = runsFolder;
        this.device = device;
        this.log = log;
        problem = Bindings.createStringBinding(this::problem, trainFolder, testFolder, groundTruth, backbone, window,
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
        String base = "long-videos-" + LocalDateTime.now().format(STAMP);
        name.set(runs == null ? base : RunFolder.freeName(runs, base));
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
        WindowSpec windows = new WindowSpec(window.get(), stride.get());
        TimelineSettings settings = TimelineSettings.forBackbone(backbone.get().id()).optWindows(windows)
                .optDetector(detector.get())
                .optThreshold(ThresholdRule.percentileOf(percentile.get()))
                .optSegments(SegmentRules.forWindows(windows)).build();
        String truth = groundTruth.get().trim();
        return new TimelineJob(Path.of(trainFolder.get().trim()), Path.of(testFolder.get().trim()),
                truth.isEmpty() ? null : Path.of(truth), backbone.get().id(), device.get(), settings,
                runsFolder.get().resolve(name.get().trim()));
    }

    private String problem() {
        String train = folderProblem("Normal recordings", trainFolder.get());
        if (!train.isEmpty()) {
            return train;
        }
        String test = folderProblem("Videos to score", testFolder.get());
        if (!test.isEmpty()) {
            return test;
        }
        String truth = groundTruth.get().trim();
        Path truthFile = path(truth);
        if (!truth.isEmpty() && (truthFile == null || !Files.isRegularFile(truthFile))) {
            return "Ground truth: " + truth + " is not a file";
        }
        if (backbone.get() == null) {
            return "Backbone: none is available";
        }
        try {
            new WindowSpec(window.get(), stride.get());
        } catch (IllegalArgumentException e) {
            return "Window: " + e.getMessage();
        }
        if (!(percentile.get() >= 0 && percentile.get() <= 100)) {
            return "Percentile: must be in [0, 100], got " + percentile.get();
        }
        String named = RunFolder.nameProblem(name.get());
        if (named != null) {
            return "Name: " + named;
        }
        if (runsFolder.get() == null) {
            return "Choose a runs folder (Training screen)";
        }
        return Files.exists(runsFolder.get().resolve(name.get().trim()))
                ? "Name: " + runsFolder.get().resolve(name.get().trim()) + " exists already" : "";
    }

    private static String folderProblem(String field, String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return field + ": choose a folder";
        }
        Path folder = path(trimmed);
        return folder != null && Files.isDirectory(folder) ? "" : field + ": " + trimmed + " is not a folder";
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
