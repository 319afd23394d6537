package dev.vigil.ui.model;

import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.training.LearningRateSchedule;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.ScheduleType;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training settings form, with the reference's defaults: 30 epochs, Adam at 1e-3, StepLR every 10 epochs by 0.1,
 * batch 8, seed 42. Each schedule reads only its own parameters. Fine-tuning unfreezes the backbone's named
 * parameters from an index on, from an epoch on, at a fraction of the learning rate. Epochs are counted from 1 here,
 * as the training screen and history.csv count them; the config counts {@code epoch_start_unfreeze} from 0, as the
 * reference does, so "from epoch 1" is written as 0. The values are checked where they end up: in the experiment
 * config ({@link #configValues()}).
 */
public final class TrainingSettingsViewModel {

    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 30);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 1e-3);
    private final ObjectProperty<ScheduleType> schedule = new SimpleObjectProperty<>(this, "schedule",
            ScheduleType.STEP);
    private final IntegerProperty stepSize = new SimpleIntegerProperty(this, "stepSize", 10);
    private final DoubleProperty factor = new SimpleDoubleProperty(this, "factor", 0.1);
    private final IntegerProperty patience = new SimpleIntegerProperty(this, "patience", 10);
    private final IntegerProperty period = new SimpleIntegerProperty(this, "period", 0);
    private final DoubleProperty minimumRate = new SimpleDoubleProperty(this, "minimumRate", 0);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 8);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final BooleanProperty fineTune = new SimpleBooleanProperty(this, "fineTune");
    private final StringBinding rateWarning = Bindings.createStringBinding(() -> rateWarning(schedule.get(),
            epochs.get(), learningRate.get(), stepSize.get(), factor.get()), schedule, epochs, learningRate, stepSize,
            factor);
    private final IntegerProperty fineTuneFromEpoch = new SimpleIntegerProperty(this, "fineTuneFromEpoch", 1);
    private final IntegerProperty fineTuneFromParameter = new SimpleIntegerProperty(this, "fineTuneFromParameter", 0);
    private final DoubleProperty backboneRateFactor = new SimpleDoubleProperty(this, "backboneRateFactor", 0.1);

    /** Everything a change of which changes the config. */
    List<Observable> dependencies() {
        return List.of(epochs, learningRate, schedule, stepSize, factor, patience, period, minimumRate, batchSize,
                seed, fineTune, fineTuneFromEpoch, fineTuneFromParameter, backboneRateFactor);
    }

    /** The config keys these settings set, by {@code section.key}. */
    Map<String, Object> configValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("model.num_epoch", epochs.get());
        values.put("model.learning_rate", learningRate.get());
        values.put("model.scheduler_type", schedule.get() == null ? null : schedule.get().id());
        values.put("model.scheduler_step_size", stepSize.get());
        values.put("model.lr_factor", factor.get());
        values.put("model.lr_patience", patience.get());
        values.put("model.T_max", period.get() > 0 ? period.get() : null);
        values.put("model.eta_min", minimumRate.get());
        values.put("dataset.batch_size", batchSize.get());
        values.put("model.seed", seed.get());
        boolean tune = fineTune.get();
        // from the first epoch the backbone is never frozen (freeze_layers 0); later it starts frozen and thaws
        values.put("model.freeze_layers", tune && fineTuneFromEpoch.get() <= 1 ? 0 : 1);
        values.put("model.epoch_start_unfreeze", tune ? fineTuneFromEpoch.get() - 1 : null);
        values.put("model.layer_start_unfreeze", tune ? fineTuneFromParameter.get() : 0);
        values.put("model.backbone_lr_factor", backboneRateFactor.get());
        return values;
    }

    /** A problem the config cannot see (it knows no order between keys), or an empty text. */
    String crossCheck() {
        if (fineTune.get() && fineTuneFromEpoch.get() > epochs.get()) {
            return "Fine-tuning starts at epoch " + fineTuneFromEpoch.get() + ", after the last epoch ("
                    + epochs.get() + ")";
        }
        return "";
    }

    /** Takes the values of a config (an earlier run's, or the last session's). */
    void apply(ExperimentConfig config) {
        var s = config.settings();
        var training = s.training();
        epochs.set(training.epochs());
        learningRate.set(training.learningRate());
        schedule.set(training.schedule().type());
        stepSize.set(config.get("model.scheduler_step_size").asInt());
        factor.set(config.get("model.lr_factor").asDouble());
        patience.set(config.get("model.lr_patience").asInt());
        period.set(config.get("model.T_max") == null ? 0 : config.get("model.T_max").asInt());
        minimumRate.set(config.get("model.eta_min").asDouble());
        batchSize.set(training.batchSize());
        seed.set(training.seed());
        var tuning = s.fineTuning();
        fineTune.set(tuning.isPresent());
        fineTuneFromEpoch.set(tuning.map(t -> t.fromEpoch() + 1).orElse(1));
        fineTuneFromParameter.set(s.layerStartUnfreeze());
        backboneRateFactor.set(config.get("model.backbone_lr_factor").asDouble());
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<ScheduleType> scheduleProperty() {
        return schedule;
    }

    /** StepLR: epochs between decays. */
    public IntegerProperty stepSizeProperty() {
        return stepSize;
    }

    /** StepLR gamma, or ReduceLROnPlateau factor. */
    public DoubleProperty factorProperty() {
        return factor;
    }

    /** ReduceLROnPlateau: epochs without improvement before a decay. */
    public IntegerProperty patienceProperty() {
        return patience;
    }

    /** Cosine schedules: epochs of one half-period; 0 for the whole run. */
    public IntegerProperty periodProperty() {
        return period;
    }

    /** Cosine schedules: the lowest learning rate. */
    public DoubleProperty minimumRateProperty() {
        return minimumRate;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** True to unfreeze the backbone's last parameters during training. */
    public BooleanProperty fineTuneProperty() {
        return fineTune;
    }

    /** 1-based epoch from which the backbone's parameters train. */
    public IntegerProperty fineTuneFromEpochProperty() {
        return fineTuneFromEpoch;
    }

    /** Index into the backbone's named parameters from which on they train. */
    public IntegerProperty fineTuneFromParameterProperty() {
        return fineTuneFromParameter;
    }

    /** The backbone's learning rate as a fraction of the learning rate (its own Adam group). */
    public DoubleProperty backboneRateFactorProperty() {
        return backboneRateFactor;
    }

    /** Below this a learning rate moves Adam's weights by less than float rounding: the epoch changes nothing. */
    static final double NEGLIGIBLE_RATE = 1e-8;

    /**
     * A warning when StepLR drives the learning rate below {@link #NEGLIGIBLE_RATE} for most epochs (the reference's
     * ×0.1 every 10 epochs, run for 200 epochs, ends at 1e-22), or an empty text.
     */
    public StringBinding rateWarningProperty() {
        return rateWarning;
    }

    static String rateWarning(ScheduleType type, int epochs, double rate, int stepSize, double factor) {
        if (type != ScheduleType.STEP || epochs <= 0 || !(rate > 0) || stepSize <= 0 || !(factor > 0 && factor < 1)) {
            return "";
        }
        LearningRateSchedule schedule = new LearningRateSchedule(ScheduleConfig.step(stepSize, factor), rate);
        int firstIdle = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            if (schedule.rate() < NEGLIGIBLE_RATE) {
                firstIdle = epoch;
                break;
            }
            schedule.step(Double.NaN);
        }
        int idle = firstIdle == 0 ? 0 : epochs - firstIdle + 1;
        if (idle * 2 <= epochs) {
            return "";
        }
        return "The learning rate falls below 1e-8 at epoch " + firstIdle + ": the last " + idle + " of " + epochs
                + " epochs change almost nothing. Train fewer epochs, or step less often or by a larger factor.";
    }

    /** One line on what a schedule does, for the form. */
    public static String describe(ScheduleType type) {
        return type == null ? "" : switch (type) {
            case CONSTANT -> "The learning rate stays where it starts.";
            case STEP -> "StepLR: multiply the rate by the factor every step epochs.";
            case PLATEAU -> "ReduceLROnPlateau: multiply the rate by the factor when the validation loss stalls.";
            case COSINE -> "Cosine annealing: half a cosine down to the lowest rate over the period.";
            case COSINE_RESTARTS -> "Cosine annealing, restarted every period.";
        };
    }
}
