package dev.vigil.ui.model;

import dev.vigil.detector.DetectorKind;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.experiment.config.ExperimentConfig;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which detectors a run fits and compares on the same embeddings (all four by default), kNN's k, and how the run's
 * report chooses its threshold.
 */
public final class DetectorSettingsViewModel {

    private final Map<DetectorKind, BooleanProperty> enabled = new EnumMap<>(DetectorKind.class);
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 5);
    private final ObjectProperty<ThresholdMethod> thresholdMethod = new SimpleObjectProperty<>(this, "thresholdMethod",
            ThresholdMethod.VAL_PERCENTILE);
    private final DoubleProperty percentile = new SimpleDoubleProperty(this, "percentile",
            ThresholdSuggestions.DEFAULT_PERCENTILE);

    public DetectorSettingsViewModel() {
        for (DetectorKind kind : DetectorKind.values()) {
            enabled.put(kind, new SimpleBooleanProperty(this, kind.id(), true));
        }
    }

    List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(enabled.values());
        all.addAll(List.of(k, thresholdMethod, percentile));
        return all;
    }

    /** The chosen detectors, in the order of {@link DetectorKind}. */
    public List<DetectorKind> chosen() {
        return enabled.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    Map<String, Object> configValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("detectors.enabled", chosen().stream().map(DetectorKind::id).toList());
        values.put("detectors.knn_k", k.get());
        values.put("detectors.threshold_method", thresholdMethod.get() == null ? null : thresholdMethod.get().id());
        values.put("detectors.threshold_percentile", percentile.get());
        return values;
    }

    void apply(ExperimentConfig config) {
        var settings = config.settings();
        List<DetectorKind> on = settings.detectors();
        enabled.forEach((kind, property) -> property.set(on.contains(kind)));
        k.set(settings.knnK());
        ThresholdMethod method = settings.thresholdMethod();
        // a manual threshold needs a value the form does not ask for: the results screen sets it by hand instead
        thresholdMethod.set(method == ThresholdMethod.MANUAL ? ThresholdMethod.VAL_PERCENTILE : method);
        percentile.set(settings.thresholdPercentile());
    }

    public BooleanProperty enabledProperty(DetectorKind kind) {
        return enabled.get(kind);
    }

    /** kNN: neighbours averaged. */
    public IntegerProperty kProperty() {
        return k;
    }

    /** How the run's report chooses each detector's threshold (the results screen can change it later). */
    public ObjectProperty<ThresholdMethod> thresholdMethodProperty() {
        return thresholdMethod;
    }

    /** The validation percentile, for {@link ThresholdMethod#VAL_PERCENTILE}. */
    public DoubleProperty percentileProperty() {
        return percentile;
    }

    /** The methods the form offers: all but the manual one, which needs a value. */
    public static List<ThresholdMethod> methods() {
        return List.of(ThresholdMethod.VAL_PERCENTILE, ThresholdMethod.MAX_F1, ThresholdMethod.YOUDEN);
    }
}
