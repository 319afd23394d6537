package dev.vigil.ui;

import dev.vigil.dataset.SampleLocator;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.dataset.ClipRow;
import dev.vigil.ui.dataset.DatasetViewModel;
import dev.vigil.ui.longvideo.LongVideoReviewModel;
import dev.vigil.ui.longvideo.LongVideoRunModel;
import dev.vigil.ui.longvideo.TimelineEngine;
import dev.vigil.ui.model.ModelViewModel;
import dev.vigil.ui.results.ResultsViewModel;
import dev.vigil.ui.results.ScoredClip;
import dev.vigil.ui.review.ReviewMode;
import dev.vigil.ui.review.ReviewViewModel;
import dev.vigil.ui.run.RunLoader;
import dev.vigil.ui.run.RunStateWriter;
import dev.vigil.ui.run.RunsViewModel;
import dev.vigil.ui.settings.SettingsStore;
import dev.vigil.ui.settings.WorkbenchSettings;
import dev.vigil.ui.task.TaskExecutor;
import dev.vigil.ui.task.TaskMonitor;
import dev.vigil.ui.training.TrainingViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The workbench as a whole: the five screens' view models and how they feed each other (dataset → review, results →
 * review, long-video runs → review), the active screen, the status bar (latest job's progress and message), the log,
 * opening datasets, runs and long-video output folders, and what is remembered between sessions.
 */
public final class MainViewModel {

    private final TaskExecutor executor;
    private final TaskMonitor monitor;
    private final LogModel log;
    private final DatasetViewModel dataset;
    private final ModelViewModel model;
    private final TrainingViewModel training;
    private final ResultsViewModel results;
    private final ReviewViewModel review;
    private final RunsViewModel runs;
    private final LongVideoReviewModel longVideos;
    private final LongVideoRunModel longVideoRun;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.DATASET);
    private final WorkbenchMemory memory;
    private final FolderReader folders;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<RunLoader.LoadedRun> shownRun = new ReadOnlyObjectWrapper<>(this, "shownRun");
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
        this.log = new LogModel(executor.uiThread());
        monitor.setLog(log::add);
        dataset = new DatasetViewModel(executor, log::add);
        model = new ModelViewModel(executor.uiThread());
        training = new TrainingViewModel(executor, pipeline);
        runs = new RunsViewModel(executor);
        results = new ResultsViewModel(executor, settleDelay);
        review = new ReviewViewModel(executor.uiThread());
        longVideos = new LongVideoReviewModel(executor.uiThread());
        RunStateWriter stateWriter = new RunStateWriter(executor.background(), this::report);
        results.setStateSaver(stateWriter::save);
        memory = new WorkbenchMemory(store, log::add);
        folders = new FolderReader(executor, memory, this::report);
        memory.keepModelSettings(model, executor.uiThread(), settleDelay);
        runs.folderProperty().set(memory.runsFolder());
        runs.folderProperty().addListener((obs, old, now) -> {
            if (now != null) {
                memory.update(s -> s.withRunsFolder(now.toString()));
            }
        });
        longVideoRun = new LongVideoRunModel(executor, timelines, model.backbones(), runs.folderProperty(),
                () -> model.device().configValue(), log::add);
        longVideoRun.setOnFinished(result -> {
            showTimeline(result);
            runs.refresh();
        });
        TrainingPlan plan = new TrainingPlan(dataset, model, runs.folderProperty());
        training.startProblemProperty().bind(plan.problemProperty());
        training.setPlan(plan, run -> {
            showRun(run);
            runs.refresh();
        }, this::report);

        runs.runningProperty().bind(Bindings.when(training.taskActiveProperty())
                .then(training.runFolderProperty()).otherwise((Path) null));
        status = new JobStatus(monitor);

        dataset.rows().addListener((ListChangeListener<ClipRow>) change -> feedReview());
        results.clips().addListener((ListChangeListener<ScoredClip>) change -> feedReview());
        // what the results list is what review lists: their Flagged filter is review's "Flagged only"
        results.filterProperty().addListener((obs, old, now) -> review.flaggedOnlyProperty()
                .set(now == ResultsViewModel.ClipFilter.FLAGGED));
        dataset.sourceProperty().addListener((obs, old, now) -> {
            if (now != null) {
                memory.update(s -> s.withRecentDataset(now.toString()));
            }
        });
    }

    // Properties

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
    public LongVideoReviewModel longVideos() {
        return longVideos;
    }

    /** The form and job of a new long-video run. */
    public LongVideoRunModel longVideoRun() {
        return longVideoRun;
    }

    public TaskMonitor monitor() {
        return monitor;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public LogModel log() {
        return log;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
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

    /**
     * Opens what was dropped or chosen: a run folder, a long-video output folder, a dataset folder, a manifest, or a
     * detector bundle (described in the log, with how to apply it).
     */
    public void open(Path path) {
        if (path.getFileName() != null && path.getFileName().toString().endsWith(DetectorBundle.EXTENSION)) {
            folders.read("bundle", path, DetectorBundle::read, bundle -> describeBundle(path, bundle));
        } else if (TimelineFolder.isTimeline(path)) {
            openTimeline(path);
        } else if (Files.isRegularFile(path.resolve(RunFolder.CONFIG))) {
            openRun(path);
        } else {
            dataset.open(path);
            screen.set(Screen.DATASET);
        }
    }

    /**
     * Shows an earlier run without retraining: its loss history on the training screen, and its scores, thresholds
     * and metrics on the results screen once it has them. A long-video output folder opens in review.
     */
    public void openRun(Path folder) {
        if (TimelineFolder.isTimeline(folder)) {
            openTimeline(folder);
            return;
        }
        folders.read("run", folder, RunLoader::load, this::showRun);
    }

    /** Shows the long videos of a timeline output folder in review, without scoring anything again. */
    public void openTimeline(Path folder) {
        folders.read("long videos", folder, TimelineFolder::load, this::showTimeline);
    }

    private void describeBundle(Path file, DetectorBundle bundle) {
        try (bundle) {
            log.add("Bundle " + bundle.name() + ": " + bundle.detector().name() + " on backbone "
                    + bundle.backbone().path("id").asText("?") + ", threshold " + Numbers.compact(bundle.threshold())
                    + " (" + bundle.thresholdMethod() + "). Score new videos with: vigil score VIDEO... --bundle "
                    + file);
        }
    }

    private void showTimeline(TimelineResult result) {
        longVideos.show(result);
        review.modeProperty().set(ReviewMode.LONG_VIDEOS);
        screen.set(Screen.REVIEW);
        memory.update(s -> s.withRecentRun(result.dir().toString()));
        log.add("Opened long videos " + result.dir() + ": " + result.videos().size() + " videos, "
                + result.videos().stream().mapToInt(v -> v.segments().size()).sum() + " flagged segments at "
                + Numbers.compact(result.threshold())
                + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " skipped"));
    }

    private void showRun(RunLoader.LoadedRun run) {
        shownRun.set(run);
        var contents = run.contents();
        training.showRun(run);
        if (run.results() != null) {
            results.show(run.results(), run.state());
        } else {
            results.clear();
        }
        if (run.problem() != null) {
            log.add(run.problem());
        }
        memory.update(s -> s.withRecentRun(run.dir().toString()));
        log.add("Opened run " + run.dir() + ": " + contents.history().size() + " epochs, "
                + contents.scores().map(t -> t.size() + " scored clips").orElse("no scores yet")
                + (contents.complete() ? "" : contents.resumable() ? " (stopped; it can be resumed)" : " (unfinished)"));
        screen.set(run.results() != null ? Screen.RESULTS : Screen.TRAINING);
    }

    /** Opens the bundled samples on the very first start, the last dataset on later ones; true if it opened one. */
    public boolean openStartDataset() {
        WorkbenchSettings current = memory.get();
        if (!current.samplesShown()) {
            var samples = SampleLocator.manifest();
            if (samples.isPresent()) {
                memory.update(WorkbenchSettings::withSamplesShown);
                dataset.openManifest(samples.get());
                return true;
            }
        } else if (!current.recentDatasets().isEmpty()) {
            Path last = Path.of(current.recentDatasets().get(0));
            if (Files.exists(last)) {
                dataset.open(last);
                return true;
            }
        }
        return false;
    }

    /** Ctrl+T: starts training (off while the training screen says why). */
    public void train() {
        screen.set(Screen.TRAINING);
        training.start();
    }

    /** The run shown on the training and results screens, or null. */
    public ReadOnlyObjectProperty<RunLoader.LoadedRun> shownRunProperty() {
        return shownRun.getReadOnlyProperty();
    }

    /** Run ▸ Use this run's settings: the model screen takes the shown run's config, to train a variation of it. */
    public void useShownRunSettings() {
        RunLoader.LoadedRun run = shownRun.get();
        if (run != null) {
            model.apply(run.contents().config());
            screen.set(Screen.MODEL);
            log.add("The model screen has the settings of " + run.dir());
        }
    }

    /** Ctrl+Shift+T: resumes the stopped run (off while there is none). */
    public void resume() {
        screen.set(Screen.TRAINING);
        training.resume();
    }

    /**
     * Closing the window: at once when no training runs; else only when {@code stopTraining} agrees, after the
     * training has stopped at its next batch (its run folder then keeps a latest checkpoint to resume from).
     *
     * @return true when the window may close now
     */
    public boolean requestQuit(BooleanSupplier stopTraining, Runnable closeLater) {
        if (!training.taskActiveProperty().get()) {
            return true;
        }
        if (!stopTraining.getAsBoolean()) {
            return false;
        }
        if (!training.taskActiveProperty().get()) {
            // it ended while the question was open
            return true;
        }
        log.add("Stopping the training before closing");
        training.taskActiveProperty().addListener((obs, was, now) -> {
            if (!now) {
                closeLater.run();
            }
        });
        training.cancel();
        return false;
    }

    /** Esc: cancels the job started last. */
    public boolean cancelLatest() {
        return monitor.cancelLatest();
    }

    /** Review a clip picked in the results. */
    public void reviewClip(ScoredClip clip) {
        if (!clip.flaggedAt(results.thresholdProperty().get())) {
            // a clip picked among the misjudged ones may be unflagged: the review list must show it
            review.flaggedOnlyProperty().set(false);
        }
        review.selectedProperty().set(clip);
        review.modeProperty().set(ReviewMode.CLIPS);
        screen.set(Screen.REVIEW);
    }

    /** Ctrl+Right on the review screen: the next flagged clip, or the next flagged segment of a long video. */
    public void nextFlagged() {
        Runnable next = review.modeProperty().get() == ReviewMode.CLIPS ? review::nextFlagged : longVideos::nextSegment;
        next.run();
    }

    /** Ctrl+Left on the review screen: the previous flagged clip, or the previous flagged segment. */
    public void previousFlagged() {
        Runnable previous = review.modeProperty().get() == ReviewMode.CLIPS ? review::previousFlagged
                : longVideos::previousSegment;
        previous.run();
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

    /** Review lists the scored clips when there are results, else the dataset's clips unscored. */
    private void feedReview() {
        var detector = results.detectorProperty().get();
        review.detectorProperty().set(detector == null || results.clips().isEmpty() ? "—" : detector.name());
        if (!results.clips().isEmpty()) {
            review.setClips(results.clips());
            review.thresholdProperty().bind(results.thresholdProperty());
        } else {
            review.thresholdProperty().unbind();
            review.thresholdProperty().set(Double.NaN);
            review.setClips(dataset.rows().stream().map(row -> new ScoredClip(row.path(), row.file(), row.className(),
                    row.split(), row.anomaly(), Double.NaN)).toList());
        }
    }
}
