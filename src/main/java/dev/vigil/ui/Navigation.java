package dev.vigil.ui;

import dev.vigil.dataset.SampleLocator;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.common.LogViewModel;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.dataset.DatasetViewModel;
import dev.vigil.ui.model.ModelViewModel;
import dev.vigil.ui.results.ResultsViewModel;
import dev.vigil.ui.results.ScoredClip;
import dev.vigil.ui.review.ReviewFeed;
import dev.vigil.ui.run.FolderReader;
import dev.vigil.ui.run.RunLoader;
import dev.vigil.ui.settings.WorkbenchMemory;
import dev.vigil.ui.settings.WorkbenchSettings;
import dev.vigil.ui.training.TrainingViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which screen shows, and where what is opened goes: a dataset to the dataset screen, a run to training and results,
 * a long-video output folder to review, a detector bundle to the log. Everything opened is remembered as recent.
 */
public final class Navigation {

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.DATASET);
    private final ReadOnlyObjectWrapper<RunLoader.LoadedRun> shownRun = new ReadOnlyObjectWrapper<>(this, "shownRun");
    private final DatasetViewModel dataset;
    private final ModelViewModel model;
    private final TrainingViewModel training;
    private final ResultsViewModel results;
    private final ReviewFeed review;
    private final WorkbenchMemory memory;
    private final FolderReader folders;
    private final LogViewModel log;

    /** The screens whose content opening changes. */
    record Screens(DatasetViewModel dataset, ModelViewModel model, TrainingViewModel training,
                   ResultsViewModel results, ReviewFeed review) {
    }

    Navigation(Screens screens, WorkbenchMemory memory, FolderReader folders, LogViewModel log) {
        this.dataset = screens.dataset();
        this.model = screens.model();
        this.training = screens.training();
        this.results = screens.results();
        this.review = screens.review();
        this.memory = memory;
        this.folders = folders;
        this.log = log;
    }

    /** The screen shown. */
    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The run shown on the training and results screens, or null. */
    public ReadOnlyObjectProperty<RunLoader.LoadedRun> shownRunProperty() {
        return shownRun.getReadOnlyProperty();
    }

    public void show(Screen shown) {
        screen.set(shown);
    }

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

    /** Run ▸ Use this run's settings: the model screen takes the shown run's config, to train a variation of it. */
    public void useShownRunSettings() {
        RunLoader.LoadedRun run = shownRun.get();
        if (run != null) {
            model.apply(run.contents().config());
            screen.set(Screen.MODEL);
            log.add("The model screen has the settings of " + run.dir());
        }
    }

    /** Review a clip picked in the results. */
    public void reviewClip(ScoredClip clip) {
        review.showClip(clip);
        screen.set(Screen.REVIEW);
    }

    /** Ctrl+Right on the review screen: the next flagged clip, or the next flagged segment of a long video. */
    public void nextFlagged() {
        review.nextFlagged();
    }

    /** Ctrl+Left on the review screen: the previous flagged clip, or the previous flagged segment. */
    public void previousFlagged() {
        review.previousFlagged();
    }

    void showTimeline(TimelineResult result) {
        review.showLongVideos(result);
        screen.set(Screen.REVIEW);
        memory.update(s -> s.withRecentRun(result.dir().toString()));
        log.add("Opened long videos " + result.dir() + ": " + result.videos().size() + " videos, "
                + result.videos().stream().mapToInt(v -> v.segments().size()).sum() + " flagged segments at "
                + Numbers.compact(result.threshold())
                + (result.skipped().isEmpty() ? "" : ", " + result.skipped().size() + " skipped"));
    }

    void showRun(RunLoader.LoadedRun run) {
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
                + (contents.complete() ? "" : contents.resumable() ? " (stopped; it can be resumed)"
                : " (unfinished)"));
        screen.set(run.results() != null ? Screen.RESULTS : Screen.TRAINING);
    }

    private void describeBundle(Path file, DetectorBundle bundle) {
        try (bundle) {
            log.add("Bundle " + bundle.name() + ": " + bundle.detector().name() + " on backbone "
                    + bundle.backbone().path("id").asText("?") + ", threshold " + Numbers.compact(bundle.threshold())
                    + " (" + bundle.thresholdMethod() + "). Score new videos with: vigil score VIDEO... --bundle "
                    + file);
        }
    }
}
