package dev.vigil.ui;

import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.ui.common.LogViewModel;
import dev.vigil.ui.dataset.DatasetViewModel;
import dev.vigil.ui.longvideo.LongVideoReviewViewModel;
import dev.vigil.ui.longvideo.LongVideoRunViewModel;
import dev.vigil.ui.longvideo.TimelineEngine;
import dev.vigil.ui.model.ModelViewModel;
import dev.vigil.ui.results.ResultsViewModel;
import dev.vigil.ui.review.ReviewFeed;
import dev.vigil.ui.review.ReviewViewModel;
import dev.vigil.ui.run.FolderReader;
import dev.vigil.ui.run.RunStateWriter;
import dev.vigil.ui.run.RunsViewModel;
import dev.vigil.ui.settings.SettingsStore;
import dev.vigil.ui.settings.WorkbenchMemory;
import dev.vigil.ui.settings.WorkbenchSettings;
import dev.vigil.ui.task.JobStatus;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskMonitor;
import dev.vigil.ui.training.QuitGuard;
import dev.vigil.ui.training.TrainingPlan;
import dev.vigil.ui.training.TrainingViewModel;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The workbench as a whole: builds the five screens' view models and wires them to each other (a finished training
 * or long-video run is shown, Start trains the {@link TrainingPlan}), and holds the status bar, the log, the problem
 * banner and what is remembered between sessions. Which screen shows and what opening a path does is
 * {@link Navigation}'s; what review lists is {@link ReviewFeed}'s.
 */
public final class MainViewModel {

    private final TaskExecutor executor;
    private final TaskMonitor monitor;
    private final LogViewModel log;
    private final DatasetViewModel dataset;
    private final ModelViewModel model;
    private final TrainingViewModel training;
    private final ResultsViewModel results;
    private final ReviewViewModel review;
    private final RunsViewModel runs;
    private final LongVideoReviewViewModel longVideos;
    private final LongVideoRunViewModel longVideoRun;
    private final WorkbenchMemory memory;
    private final Navigation navigation;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final JobStatus status;

    /**
     * @param settleDelay how long a slider or form must rest before the work it causes (refiltering, saving)
     * @param pipeline    what Start and Resume run
     */
    public MainViewModel(TaskExecutor executor, TaskMonitor monitor, SettingsStore store, Duration settleDelay,
                         ExperimentPipeline pipeline) {
        this(executor, monitor, store, settleDelay, pipeline, TimelineEngine.standard());
    }

    /** @param timelines the backbones and cache that long-video runs use */
    public MainViewModel(TaskExecutor executor, TaskMonitor monitor, SettingsStore store, Duration settleDelay,
                         ExperimentPipeline pipeline, TimelineEngine timelines) {
        this.executor = executor;
        this.monitor = monitor;
        this.log = new LogViewModel(executor.uiThread());
        monitor.setLog(log::add);
        dataset = new DatasetViewModel(executor, log::add);
        model = new ModelViewModel(executor.uiThread());
        training = new TrainingViewModel(executor, pipeline);
        runs = new RunsViewModel(executor);
        results = new ResultsViewModel(executor, settleDelay);
        review = new ReviewViewModel(executor.uiThread());
        longVideos = new LongVideoReviewViewModel(executor.uiThread());
        RunStateWriter stateWriter = new RunStateWriter(executor.background(), this::report);
        results.setStateSaver(stateWriter::save);
        memory = new WorkbenchMemory(store, log::add);
        FolderReader folders = new FolderReader(executor,
                gone -> memory.update(s -> s.withoutRecentRun(gone.toString())), this::report);
        navigation = new Navigation(new Navigation.Screens(dataset, model, training, results,
                new ReviewFeed(review, longVideos, dataset, results)), memory, folders, log);
        memory.keepModelSettings(model, executor.uiThread(), settleDelay);
        memory.keepRunsFolder(runs.folderProperty());
        longVideoRun = new LongVideoRunViewModel(executor, timelines, model.backbones(), runs.folderProperty(),
                () -> model.device().configValue(), log::add);
        longVideoRun.setOnFinished(result -> {
            navigation.showTimeline(result);
            runs.refresh();
        });
        TrainingPlan plan = new TrainingPlan(dataset, model, runs.folderProperty());
        training.startProblemProperty().bind(plan.problemProperty());
        training.setPlan(plan, run -> {
            navigation.showRun(run);
            runs.refresh();
        }, this::report);

        runs.runningProperty().bind(Bindings.when(training.taskActiveProperty())
                .then(training.runFolderProperty()).otherwise((Path) null));
        status = new JobStatus(monitor);

        memory.keepRecentDatasets(dataset.sourceProperty());
    }

    // Properties

    /** Which screen shows, and what opening a path shows where. */
    public Navigation navigation() {
        return navigation;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public ModelViewModel model() {
        return model;
    }

    public TrainingViewModel training() {
        return training;
    }

    public ResultsViewModel results() {
        return results;
    }

    public ReviewViewModel review() {
        return review;
    }

    public RunsViewModel runs() {
        return runs;
    }

    /** The review of long videos (the review screen's second mode). */
    public LongVideoReviewViewModel longVideos() {
        return longVideos;
    }

    /** The form and job of a new long-video run. */
    public LongVideoRunViewModel longVideoRun() {
        return longVideoRun;
    }

    public TaskMonitor monitor() {
        return monitor;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public LogViewModel log() {
        return log;
    }

    public ReadOnlyObjectProperty<WorkbenchSettings> settingsProperty() {
        return memory.settingsProperty();
    }

    public ObservableList<Path> recentRuns() {
        return memory.recentRuns();
    }

    /** The last problem the user must see (shown over the window until dismissed); empty when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The latest running job's message, or "Ready". */
    public StringBinding statusMessageProperty() {
        return status.message();
    }

    /** The latest running job's progress, -1 while unknown, 0 when idle. */
    public DoubleBinding statusProgressProperty() {
        return status.progress();
    }

    // Commands

    /** Ctrl+T: starts training (off while the training screen says why). */
    public void train() {
        navigation.show(Screen.TRAINING);
        training.start();
    }

    /** Ctrl+Shift+T: resumes the stopped run (off while there is none). */
    public void resume() {
        navigation.show(Screen.TRAINING);
        training.resume();
    }

    /**
     * Closing the window: at once when no training runs; else only when {@code stopTraining} agrees, after the
     * training has stopped at its next batch (its run folder then keeps a latest checkpoint to resume from).
     *
     * @return true when the window may close now
     */
    public boolean requestQuit(BooleanSupplier stopTraining, Runnable closeLater) {
        return new QuitGuard(training, log::add).requestQuit(stopTraining, closeLater);
    }

    /** Esc: cancels the job started last. */
    public boolean cancelLatest() {
        return monitor.cancelLatest();
    }

    /** Shows a problem over the window and logs it; callable from any thread. */
    public void report(String message) {
        log.add(message);
        executor.uiThread().execute(() -> problem.set(message));
    }

    public void dismissProblem() {
        problem.set("");
    }

    /** Remembers the folder a file dialog ended in. */
    public void rememberFolder(Path folder) {
        memory.update(s -> s.withLastFolder(folder.toString()));
    }

    public void rememberWindow(WorkbenchSettings.WindowBounds bounds) {
        memory.update(s -> s.withWindow(bounds));
    }

    public void shutdown() {
        memory.save();
        review.close();
        longVideos.close();
        executor.shutdown();
    }
}
