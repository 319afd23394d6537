package dev.vigil.ui.results;

import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;
import dev.vigil.ui.task.Coalescer;
import dev.vigil.ui.task.Debouncer;
import dev.vigil.ui.task.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The results screen: per-clip scores of one detector, a threshold, the accuracy table and box plots at that
 * threshold, and a per-clip table filtered to flagged or misjudged clips. Moving the threshold updates the accuracy
 * table by binary search (coalesced to once per pulse); refiltering the clip table, which is O(n), waits until the
 * threshold rests.
 */
public final class ResultsViewModel {

    /** Which clips the per-clip table shows. */
    public enum ClipFilter {
        ALL("All clips"), FLAGGED("Flagged"), MISJUDGED("Misjudged");

        private final String label;

        ClipFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<ScoredClip> clips = FXCollections.observableArrayList();
    /** One wrapper for all callers: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<ScoredClip> readOnlyClips = FXCollections.unmodifiableObservableList(clips);
    private final ObservableList<ScoredClip> visibleClips = FXCollections.observableArrayList();
    private final ObservableList<AccuracyRow> accuracy = FXCollections.observableArrayList();
    private final ObjectProperty<ClipFilter> filter = new SimpleObjectProperty<>(this, "filter", ClipFilter.ALL);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0);
    private final ReadOnlyDoubleWrapper minScore = new ReadOnlyDoubleWrapper(this, "minScore", 0);
    private final ReadOnlyDoubleWrapper maxScore = new ReadOnlyDoubleWrapper(this, "maxScore", 1);
    private final ReadOnlyStringWrapper thresholdNote = new ReadOnlyStringWrapper(this, "thresholdNote", "");
    private final ReadOnlyObjectWrapper<Map<String, InterimStatistics.BoxFigures>> boxesBySplit =
            new ReadOnlyObjectWrapper<>(this, "boxesBySplit", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, InterimStatistics.BoxFigures>> boxesByClass =
            new ReadOnlyObjectWrapper<>(this, "boxesByClass", Map.of());
    private final ObjectProperty<ScoredClip> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding hasResults = Bindings.isNotEmpty(clips);
    private final StringBinding visibleSummary;
    private final Coalescer accuracyUpdate;
    private final Debouncer filterUpdate;
    private ScoreIndex index = new ScoreIndex(List.of());

    /** @param settleDelay how long the threshold must rest before the filtered clip table is rebuilt */
    public ResultsViewModel(TaskExecutor executor, Duration settleDelay) {
        accuracyUpdate = new Coalescer(executor.uiThread(), () -> accuracy.setAll(index.accuracy(threshold.get())));
        filterUpdate = new Debouncer(executor.uiThread(), settleDelay, this::refilter);
        threshold.addListener(obs -> {
            accuracyUpdate.request();
            if (filter.get() != ClipFilter.ALL) {
                filterUpdate.request();
            }
        });
        filter.addListener(obs -> refilter());
        visibleSummary = Bindings.createStringBinding(() -> clips.isEmpty() ? ""
                : visibleClips.size() + " of " + clips.size() + " clips", visibleClips, clips);
    }

    // Properties

    /** What the results are of, e.g. "runs/ucf-ae · autoencoder". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<ScoredClip> clips() {
        return readOnlyClips;
    }

    /** The clips the table shows under the current filter (rebuilt once the threshold rests). */
    public ObservableList<ScoredClip> visibleClips() {
        return visibleClips;
    }

    public ObservableList<AccuracyRow> accuracy() {
        return accuracy;
    }

    public ObjectProperty<ClipFilter> filterProperty() {
        return filter;
    }

    /** Score at or above which a clip is flagged. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyDoubleProperty minScoreProperty() {
        return minScore.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty maxScoreProperty() {
        return maxScore.getReadOnlyProperty();
    }

    /** Where the starting threshold came from. */
    public ReadOnlyStringProperty thresholdNoteProperty() {
        return thresholdNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, InterimStatistics.BoxFigures>> boxesBySplitProperty() {
        return boxesBySplit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, InterimStatistics.BoxFigures>> boxesByClassProperty() {
        return boxesByClass.getReadOnlyProperty();
    }

    /** The clip picked in the table, to review it. */
    public ObjectProperty<ScoredClip> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasResultsProperty() {
        return hasResults;
    }

    /** "120 of 1,000 clips". */
    public StringBinding visibleSummaryProperty() {
        return visibleSummary;
    }

    // Commands

    /**
     * Shows a result set.
     *
     * @param threshold the run's chosen threshold, or NaN to start at the suggestion
     */
    public void setResults(String name, List<ScoredClip> scored, double threshold) {
        index = new ScoreIndex(scored);
        title.set(name);
        minScore.set(index.min());
        maxScore.set(index.max() > index.min() ? index.max() : index.min() + 1);
        boxesBySplit.set(index.boxesBySplit());
        boxesByClass.set(index.boxesByClass());
        clips.setAll(scored);
        double start = threshold;
        if (Double.isNaN(start)) {
            start = index.suggestedThreshold();
            thresholdNote.set(Double.isNaN(start) ? "" : "Starts at the " + (int) InterimStatistics.SUGGESTED_PERCENTILE
                    + "th percentile of validation scores");
        } else {
            thresholdNote.set("Starts at the run's chosen threshold");
        }
        double initial = Double.isNaN(start) ? (index.min() + index.max()) / 2 : start;
        if (this.threshold.get() == initial) {
            accuracyUpdate.request();
        }
        this.threshold.set(initial);
        refilter();
    }

    public void clear() {
        setResults("", List.of(), Double.NaN);
    }

    /** Writes the clips the table shows, with their verdicts at the current threshold. */
    public void exportCsv(Path file) throws IOException {
        double at = threshold.get();
        StringBuilder out = new StringBuilder(Csv.line("path", "class", "split", "label", "score", "verdict"));
        for (ScoredClip clip : visibleClips) {
            out.append(Csv.line(clip.path(), clip.className(), clip.splitName(), clip.anomaly() ? "1" : "0",
                    Double.toString(clip.score()), verdict(clip, at)));
        }
        AtomicFiles.writeString(file, out.toString());
    }

    /** "anomaly" or "normal" at the threshold, "—" when unscored. */
    public static String verdict(ScoredClip clip, double threshold) {
        if (Double.isNaN(clip.score())) {
            return "—";
        }
        return clip.flaggedAt(threshold) ? "anomaly" : "normal";
    }

    private void refilter() {
        double at = threshold.get();
        switch (filter.get()) {
            case ALL -> visibleClips.setAll(clips);
            case FLAGGED -> visibleClips.setAll(clips.stream().filter(c -> c.flaggedAt(at)).toList());
            case MISJUDGED -> visibleClips.setAll(clips.stream().filter(c -> c.misjudgedAt(at)).toList());
        }
    }
}
