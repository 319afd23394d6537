package dev.vigil.ui.results;

import dev.vigil.ui.task.Debouncer;
import dev.vigil.ui.task.DelayTimer;
import dev.vigil.ui.task.SystemDelayTimer;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The results screen: the detectors of a run to choose from, the chosen detector's clips and score distributions, its
 * threshold ({@link ThresholdViewModel}), and the per-clip table filtered to flagged or misjudged clips. Refiltering
 * the clip table is O(n), so it waits until the threshold rests; so does remembering the threshold in the run folder.
 */
public final class ResultsViewModel {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<DetectorResults> detectors = FXCollections.observableArrayList();
    private final ObjectProperty<DetectorResults> detector = new SimpleObjectProperty<>(this, "detector");
    private final ObservableList<ScoredClip> clips = FXCollections.observableArrayList();
    /** One wrapper for all callers: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<ScoredClip> readOnlyClips = FXCollections.unmodifiableObservableList(clips);
    private final ObservableList<ScoredClip> visibleClips = FXCollections.observableArrayList();
    private final ObjectProperty<ClipFilter> filter = new SimpleObjectProperty<>(this, "filter", ClipFilter.ALL);
    private final ReadOnlyObjectWrapper<Map<String, BoxFigures>> boxesBySplit =
            new ReadOnlyObjectWrapper<>(this, "boxesBySplit", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, BoxFigures>> boxesByClass =
            new ReadOnlyObjectWrapper<>(this, "boxesByClass", Map.of());
    private final ObjectProperty<ScoredClip> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RunResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ThresholdViewModel threshold;
    private final ResultsExports exports;
    private final BooleanBinding hasResults = Bindings.isNotEmpty(clips);
    private final BooleanBinding canExportBundle;
    private final StringBinding visibleSummary;
    private final Debouncer settled;
    private RunUiState state = RunUiState.empty();
    /** True while a detector is being shown: its start threshold is not a choice of the user's. */
    private boolean switching;
    /** The user changed the detector or threshold since the state was last kept. */
    private boolean changed;
    private BiConsumer<Path, RunUiState> stateSaver = (dir, saved) -> { };

    /** @param settleDelay how long the threshold must rest before the clip table is refiltered and the choice kept */
    public ResultsViewModel(TaskExecutor executor, Duration settleDelay) {
        this(executor, settleDelay, SystemDelayTimer.INSTANCE);
    }

    /** @param timer what measures the settle delay: {@link SystemDelayTimer#INSTANCE} but in tests */
    public ResultsViewModel(TaskExecutor executor, Duration settleDelay, DelayTimer timer) {
        threshold = new ThresholdViewModel(executor.uiThread());
        exports = new ResultsExports(executor, () -> new ResultsSnapshot(results.get(), detector.get(),
                threshold.thresholdProperty().get(), threshold.result(), visibleClips));
        canExportBundle = Bindings.createBooleanBinding(() -> results.get() != null && results.get().runDir() != null
                && detector.get() != null, results, detector);
        settled = new Debouncer(executor.uiThread(), settleDelay, timer, this::settle);
        threshold.thresholdProperty().addListener(obs -> {
            if (detector.get() != null) {
                changed |= !switching;
                settled.request();
            }
        });
        filter.addListener(obs -> refilter());
        detector.addListener((obs, old, now) -> {
            if (old != null && changed) {
                // keep the threshold just chosen for the detector left, before the next one takes the slider
                state = state.with(old.id(), old.id(), threshold.thresholdProperty().get());
            }
            switching = true;
            try {
                showDetector(now);
            } finally {
                switching = false;
            }
            if (old != null && now != null) {
                changed = true;
                settled.request();
            }
        });
        visibleSummary = Bindings.createStringBinding(() -> clips.isEmpty() ? ""
                : visibleClips.size() + " of " + clips.size() + " clips", visibleClips, clips);
    }

    // Properties

    /** What the results are of, e.g. the run's name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The detectors of the results, in the run's order. */
    public ObservableList<DetectorResults> detectors() {
        return detectors;
    }

    /** The detector shown. */
    public ObjectProperty<DetectorResults> detectorProperty() {
        return detector;
    }

    /** The result set shown, or null. */
    public ReadOnlyObjectProperty<RunResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** Every clip with the chosen detector's score. */
    public ObservableList<ScoredClip> clips() {
        return readOnlyClips;
    }

    /** The clips the table shows under the current filter (rebuilt once the threshold rests). */
    public ObservableList<ScoredClip> visibleClips() {
        return visibleClips;
    }

    public ObjectProperty<ClipFilter> filterProperty() {
        return filter;
    }

    public ThresholdViewModel threshold() {
        return threshold;
    }

    /** Score at or above which a clip is flagged. */
    public DoubleProperty thresholdProperty() {
        return threshold.thresholdProperty();
    }

    public ReadOnlyObjectProperty<Map<String, BoxFigures>> boxesBySplitProperty() {
        return boxesBySplit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, BoxFigures>> boxesByClassProperty() {
        return boxesByClass.getReadOnlyProperty();
    }

    /** The clip picked in the table, to review it. */
    public ObjectProperty<ScoredClip> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasResultsProperty() {
        return hasResults;
    }

    /** True when the results are a run's: its detector shown can be exported as a bundle. */
    public BooleanBinding canExportBundleProperty() {
        return canExportBundle;
    }

    /** The tables, bundle and report of the results shown. */
    public ResultsExports exports() {
        return exports;
    }

    /** "120 of 1,000 clips". */
    public StringBinding visibleSummaryProperty() {
        return visibleSummary;
    }

    // Commands

    /**
     * Shows a result set, starting with its preferred detector.
     *
     * @param saved what was chosen in this run before (thresholds per detector), or the empty state
     */
    public void show(RunResults shown, RunUiState saved) {
        state = saved;
        results.set(shown);
        title.set(shown.title());
        detector.set(null);
        changed = false;
        detectors.setAll(shown.detectors());
        detector.set(shown.detector(shown.preferred()).orElse(shown.detectors().isEmpty() ? null
                : shown.detectors().get(0)));
    }

    public void clear() {
        results.set(null);
        title.set("");
        detector.set(null);
        detectors.clear();
    }

    /** Where the chosen detector and thresholds of a run go once the threshold rests (the run folder's state file). */
    public void setStateSaver(BiConsumer<Path, RunUiState> saver) {
        stateSaver = saver;
    }

    private void showDetector(DetectorResults shown) {
        if (shown == null) {
            threshold.show(null, null, null);
            boxesBySplit.set(Map.of());
            boxesByClass.set(Map.of());
            clips.clear();
            visibleClips.clear();
            return;
        }
        Double kept = state.thresholds().get(shown.id());
        StartThreshold start = kept != null && Double.isFinite(kept)
                ? new StartThreshold(kept, "The threshold you chose for this run") : shown.start();
        boxesBySplit.set(shown.boxesBySplit());
        boxesByClass.set(shown.boxesByClass());
        clips.setAll(shown.clips());
        threshold.show(shown.sweep(), shown.range(), start);
        refilter();
    }

    /** The threshold rests: refilter the table and keep the choice in the run folder. */
    private void settle() {
        if (filter.get() != ClipFilter.ALL) {
            refilter();
        }
        RunResults shown = results.get();
        DetectorResults current = detector.get();
        if (shown == null || current == null) {
            return;
        }
        if (!changed) {
            return;
        }
        changed = false;
        state = state.with(current.id(), current.id(), threshold.thresholdProperty().get());
        if (shown.runDir() != null) {
            stateSaver.accept(shown.runDir(), state);
        }
    }

    private void refilter() {
        double at = threshold.thresholdProperty().get();
        List<ScoredClip> all = clips;
        switch (filter.get()) {
            case ALL -> visibleClips.setAll(all);
            case FLAGGED -> visibleClips.setAll(all.stream().filter(c -> c.flaggedAt(at)).toList());
            case MISJUDGED -> visibleClips.setAll(all.stream().filter(c -> c.misjudgedAt(at)).toList());
        }
    }
}
