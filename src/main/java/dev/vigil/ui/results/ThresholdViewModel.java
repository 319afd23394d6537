package dev.vigil.ui.results;

import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.Curve;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSuggestion;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.ui.task.Coalescer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One detector's threshold and what it does: the reference's accuracy table, the confusion counts of anomalies
 * against held-out normal clips with precision, recall, F1 and false-positive rate, the ROC and precision–recall
 * curves, and the threshold suggestions. A new threshold costs a few binary searches ({@link ThresholdSweep#at},
 * O(log n)), run at most once per pulse however fast the slider moves.
 */
public final class ThresholdViewModel {

    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0);
    private final DoubleProperty percentile = new SimpleDoubleProperty(this, "percentile",
            ThresholdSuggestions.DEFAULT_PERCENTILE);
    private final ReadOnlyDoubleWrapper min = new ReadOnlyDoubleWrapper(this, "min", 0);
    private final ReadOnlyDoubleWrapper max = new ReadOnlyDoubleWrapper(this, "max", 1);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ObservableList<SplitAccuracy> accuracy = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Confusion> confusion = new ReadOnlyObjectWrapper<>(this, "confusion");
    private final ReadOnlyObjectWrapper<Curve> roc = new ReadOnlyObjectWrapper<>(this, "roc");
    private final ReadOnlyObjectWrapper<Curve> precisionRecall = new ReadOnlyObjectWrapper<>(this, "precisionRecall");
    private final ReadOnlyBooleanWrapper maxF1Available = new ReadOnlyBooleanWrapper(this, "maxF1Available");
    private final ReadOnlyBooleanWrapper youdenAvailable = new ReadOnlyBooleanWrapper(this, "youdenAvailable");
    private final ReadOnlyBooleanWrapper percentileAvailable = new ReadOnlyBooleanWrapper(this, "percentileAvailable");
    private final Coalescer update;
    private ThresholdSweep sweep;
    private boolean settingByCommand;

    public ThresholdViewModel(Executor uiThread) {
        update = new Coalescer(uiThread, this::evaluate);
        threshold.addListener(obs -> {
            if (!settingByCommand && sweep != null) {
                note.set("Set by hand");
            }
            update.request();
        });
    }

    // Properties

    /** Score at or above which a clip is flagged. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The percentile of validation scores the percentile suggestion takes, in [0, 100]. */
    public DoubleProperty percentileProperty() {
        return percentile;
    }

    /** Lowest score: the slider's left end. */
    public ReadOnlyDoubleProperty minProperty() {
        return min.getReadOnlyProperty();
    }

    /** Highest score: the slider's right end. */
    public ReadOnlyDoubleProperty maxProperty() {
        return max.getReadOnlyProperty();
    }

    /** Where the threshold came from: the run's choice, a suggestion and its figures, or "Set by hand". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The reference's accuracy table: one row per split that has clips, train, val, test, anomaly. */
    public ObservableList<SplitAccuracy> accuracy() {
        return accuracy;
    }

    /** Anomalies against held-out normal clips at the threshold; null without results. */
    public ReadOnlyObjectProperty<Confusion> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    /** ROC curve with AUROC as its area; null without results. */
    public ReadOnlyObjectProperty<Curve> rocProperty() {
        return roc.getReadOnlyProperty();
    }

    /** Precision–recall curve with average precision as its area; null without results. */
    public ReadOnlyObjectProperty<Curve> precisionRecallProperty() {
        return precisionRecall.getReadOnlyProperty();
    }

    /** Max F1 needs anomalies. */
    public ReadOnlyBooleanProperty maxF1AvailableProperty() {
        return maxF1Available.getReadOnlyProperty();
    }

    /** Youden's J needs anomalies and held-out normal clips. */
    public ReadOnlyBooleanProperty youdenAvailableProperty() {
        return youdenAvailable.getReadOnlyProperty();
    }

    /** The percentile needs validation clips. */
    public ReadOnlyBooleanProperty percentileAvailableProperty() {
        return percentileAvailable.getReadOnlyProperty();
    }

    /** The sweep shown, or null. */
    public ThresholdSweep sweep() {
        return sweep;
    }

    // Commands

    /** Shows a detector's sweep, starting at {@code start}; null clears. */
    public void show(ThresholdSweep shown, double[] range, StartThreshold start) {
        sweep = shown;
        if (shown == null) {
            accuracy.clear();
            confusion.set(null);
            roc.set(null);
            precisionRecall.set(null);
            maxF1Available.set(false);
            youdenAvailable.set(false);
            percentileAvailable.set(false);
            note.set("");
            return;
        }
        min.set(range[0]);
        max.set(range[1]);
        roc.set(shown.roc());
        precisionRecall.set(shown.precisionRecall());
        maxF1Available.set(ThresholdSuggestions.maxF1(shown).isPresent());
        youdenAvailable.set(ThresholdSuggestions.youden(shown).isPresent());
        percentileAvailable.set(ThresholdSuggestions.validationPercentile(shown, 50).isPresent());
        set(start.value(), start.note());
        // the same value as before fires no change: evaluate for the new sweep anyway
        update.request();
    }

    public void suggestMaxF1() {
        if (sweep != null) {
            apply(ThresholdSuggestions.maxF1(sweep));
        }
    }

    public void suggestYouden() {
        if (sweep != null) {
            apply(ThresholdSuggestions.youden(sweep));
        }
    }

    /** The {@link #percentileProperty()} percentile of the validation scores. */
    public void suggestPercentile() {
        if (sweep != null) {
            double p = Math.max(0, Math.min(100, percentile.get()));
            apply(ThresholdSuggestions.validationPercentile(sweep, p));
        }
    }

    /** A typed value; anything but a finite number is ignored. */
    public void setManual(double value) {
        if (sweep != null && Double.isFinite(value)) {
            set(value, "Set by hand");
        }
    }

    private void apply(Optional<ThresholdSuggestion> suggestion) {
        suggestion.ifPresent(s -> set(s.threshold(), "Suggested: " + s.reason()));
    }

    private void set(double value, String why) {
        settingByCommand = true;
        try {
            threshold.set(value);
        } finally {
            settingByCommand = false;
        }
        note.set(why);
    }

    /** The table and rates at the current threshold. */
    public ThresholdResult result() {
        return sweep == null ? null : sweep.at(threshold.get());
    }

    private void evaluate() {
        if (sweep == null || Double.isNaN(threshold.get())) {
            return;
        }
        ThresholdResult result = sweep.at(threshold.get());
        accuracy.setAll(result.accuracy().stream().filter(row -> row.clips() > 0).toList());
        confusion.set(result.confusion());
    }
}
