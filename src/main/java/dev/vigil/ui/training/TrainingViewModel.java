package dev.vigil.ui.training;

import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.training.EpochRecord;
import dev.vigil.ui.run.RunLoader;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskAware;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskState;
import dev.vigil.ui.task.UiBatcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The training screen: Start, Cancel and Resume of a {@link TrainTask}, the loss history (filled live from plain
 * per-epoch numbers, batched onto the UI thread), and the training log. A cancelled or failed run whose folder
 * exists can be resumed; so can an unfinished run that was opened.
 */
public final class TrainingViewModel implements TaskAware {

    /** Lines kept in the log; older ones drop off so a long run cannot fill memory. */
    static final int LOG_LINES = 2000;

    private final TaskExecutor executor;
    private final ExperimentPipeline pipeline;
    private final TaskState task = new TaskState();
    private final ObservableList<EpochRecord> epochs = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final StringProperty startProblem = new SimpleStringProperty(this, "startProblem", "");
    private final ReadOnlyObjectWrapper<Path> resumable = new ReadOnlyObjectWrapper<>(this, "resumable");
    private final ReadOnlyObjectWrapper<Path> runFolder = new ReadOnlyObjectWrapper<>(this, "runFolder");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final UiBatcher<EpochRecord> epochFeed;
    private final UiBatcher<String> logFeed;
    private final BooleanBinding canStart;
    private final BooleanBinding canResume;
    private final StringBinding summary;
    private Callable<ExperimentConfig> plan = () -> {
        throw new ConfigException(null, List.of("nothing to train yet"));
    };
    private Consumer<RunLoader.LoadedRun> finished = run -> { };
    private Consumer<String> mainLog = line -> { };

    /** @param pipeline what Start and Resume run */
    public TrainingViewModel(TaskExecutor executor, ExperimentPipeline pipeline) {
        this.executor = executor;
        this.pipeline = pipeline;
        epochFeed = new UiBatcher<>(executor.uiThread(), epochs::addAll);
        logFeed = new UiBatcher<>(executor.uiThread(), this::addLog);
        canStart = startProblem.isEmpty().and(task.activeProperty().not());
        canResume = resumable.isNotNull().and(task.activeProperty().not());
        summary = Bindings.createStringBinding(this::describe, epochs, resumable, task.activeProperty());
    }

    // Properties

    public ObservableList<EpochRecord> epochs() {
        return epochs;
    }

    public ObservableList<String> log() {
        return log;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Why Start is off (no prepared dataset, settings with problems), empty when it is on. */
    public StringProperty startProblemProperty() {
        return startProblem;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    /** The stopped run Resume would finish, or null. */
    public ReadOnlyObjectProperty<Path> resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    /** The run being made or shown, or null. */
    public ReadOnlyObjectProperty<Path> runFolderProperty() {
        return runFolder.getReadOnlyProperty();
    }

    /** Why the last run failed, naming the file and the reason; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Epoch 12 · train 0.041 · validation 0.052 · best validation 0.049 at epoch 9". */
    public StringBinding summaryProperty() {
        return summary;
    }

    @Override
    public TaskState taskState() {
        return task;
    }

    // Wiring

    /**
     * @param experiment gives the experiment Start runs (a new run folder name each time); throws
     *                   {@link ConfigException} with the problems when the settings are not ready
     * @param onFinished receives a finished run, to show its results
     * @param workbenchLog the workbench's log, for failures and clips that could not be used
     */
    public void setPlan(Callable<ExperimentConfig> experiment, Consumer<RunLoader.LoadedRun> onFinished,
                        Consumer<String> workbenchLog) {
        plan = experiment;
        finished = onFinished;
        mainLog = workbenchLog;
    }

    // Feeds, callable from any thread

    /** Receives each finished epoch; the plot updates at most once per pulse however fast epochs come. */
    public void acceptEpoch(EpochRecord epoch) {
        epochFeed.add(epoch);
        logFeed.add(EpochText.line(epoch));
    }

    /** Adds a line to the training log. */
    public void acceptLog(String line) {
        logFeed.add(line);
    }

    // Commands

    /** Trains the experiment the plan gives, into a new run folder. */
    public void start() {
        if (!canStart.get()) {
            addLog(List.of(startProblem.get().isEmpty() ? "A run is already going" : startProblem.get()));
            return;
        }
        ExperimentConfig config;
        try {
            config = plan.call();
        } catch (Exception e) {
            String reason = e instanceof ConfigException c ? String.join("; ", c.problems())
                    : BackgroundTask.describe(e);
            error.set("Cannot start: " + reason);
            mainLog.accept("Cannot start training: " + reason);
            return;
        }
        epochs.clear();
        // the new run names its folder once it has one; until then no earlier run may pass for it
        runFolder.set(null);
        launch(TrainTask.start(pipeline, config, feed()));
    }

    /** Finishes the stopped run: from its latest checkpoint, or from the start when it stopped before one. */
    public void resume() {
        Path run = resumable.get();
        if (run != null && canResume.get()) {
            launch(TrainTask.resume(pipeline, run, feed()));
        }
    }

    public void cancel() {
        task.cancel();
    }

    /** Shows an opened run: its history, and whether it can be resumed. */
    public void showRun(RunLoader.LoadedRun run) {
        showHistory(run.contents().name(), run.contents().history());
        runFolder.set(run.dir());
        resumable.set(run.contents().complete() ? null : run.dir());
        error.set("");
    }

    /** Shows a history in place of the current one. */
    public void showHistory(String source, List<EpochRecord> history) {
        epochs.setAll(history);
        addLog(List.of(history.isEmpty() ? source + " has no training history"
                : "History of " + source + ": " + history.size() + (history.size() == 1 ? " epoch" : " epochs")));
        addLog(history.stream().map(EpochText::line).toList());
    }

    private void launch(TrainTask train) {
        error.set("");
        resumable.set(null);
        train.onSuccess(run -> {
            resumable.set(null);
            addLog(List.of("Run " + run.dir().getFileName() + " finished: " + run.dir()));
            finished.accept(run);
        }).onCancelled(() -> stopped("cancelled")).onFailure(problem -> {
            error.set(BackgroundTask.describe(problem));
            mainLog.accept("Training failed: " + BackgroundTask.describe(problem));
            stopped("failed: " + BackgroundTask.describe(problem));
        });
        task.track(train);
        executor.execute(train);
    }

    private void stopped(String how) {
        Path run = runFolder.get();
        if (run != null && java.nio.file.Files.isDirectory(run)) {
            resumable.set(run);
            addLog(List.of("Run " + run.getFileName() + " " + how + "; Resume continues it"));
        } else {
            addLog(List.of("Training " + how));
        }
    }

    /** What the running pipeline tells, handed to the UI thread. */
    private PipelineFeed feed() {
        return new PipelineFeed(executor.uiThread(), new PipelineFeed.Sinks(runFolder::set, epochs::setAll,
                this::acceptEpoch, logFeed::add, line -> mainLog.accept(line)));
    }

    private void addLog(List<String> lines) {
        log.addAll(lines);
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
    }

    private String describe() {
        return EpochText.summary(epochs, resumable.get() != null && !task.activeProperty().get());
    }
}
