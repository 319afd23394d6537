package dev.vigil.ui.model;

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

/**
 * The training settings form, with the reference's defaults: 30 epochs, Adam at 1e-3, StepLR every 10 epochs by 0.1,
 * batch 8. Fine-tuning unfreezes the backbone's parameters from an index on, from an epoch on.
 */
public final class TrainingSettingsModel {

    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 30);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 1e-3);
    private final ObjectProperty<Schedule> schedule = new SimpleObjectProperty<>(this, "schedule", Schedule.STEP);
    private final IntegerProperty stepSize = new SimpleIntegerProperty(this, "stepSize", 10);
    private final DoubleProperty gamma = new SimpleDoubleProperty(this, "gamma", 0.1);
    private final IntegerProperty patience = new SimpleIntegerProperty(this, "patience", 5);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 8);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final BooleanProperty fineTune = new SimpleBooleanProperty(this, "fineTune");
    private final IntegerProperty fineTuneFromEpoch = new SimpleIntegerProperty(this, "fineTuneFromEpoch", 1);
    private final IntegerProperty fineTuneFromParameter = new SimpleIntegerProperty(this, "fineTuneFromParameter", 0);
    private final StringBinding problem;

    public TrainingSettingsModel() {
        problem = Bindings.createStringBinding(this::validate, epochs, learningRate, schedule, stepSize, gamma, patience,
                batchSize, fineTune, fineTuneFromEpoch, fineTuneFromParameter);
    }

    private String validate() {
        if (epochs.get() < 1) {
            return "Train at least 1 epoch";
        }
        if (!(learningRate.get() > 0 && learningRate.get() < 1)) {
            return "The learning rate must be above 0 and below 1";
        }
        if (schedule.get() == Schedule.STEP && stepSize.get() < 1) {
            return "The StepLR step must be at least 1 epoch";
        }
        if (schedule.get() != Schedule.COSINE && !(gamma.get() > 0 && gamma.get() < 1)) {
            return "The decay factor must be above 0 and below 1";
        }
        if (schedule.get() == Schedule.PLATEAU && patience.get() < 1) {
            return "Patience must be at least 1 epoch";
        }
        if (batchSize.get() < 1) {
            return "The batch size must be at least 1";
        }
        if (fineTune.get() && fineTuneFromEpoch.get() > epochs.get()) {
            return "Fine-tuning starts at epoch " + fineTuneFromEpoch.get() + ", after the last epoch ("
                    + epochs.get() + ")";
        }
        if (fineTune.get() && fineTuneFromParameter.get() < 0) {
            return "The first unfrozen parameter index cannot be negative";
        }
        return "";
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<Schedule> scheduleProperty() {
        return schedule;
    }

    /** StepLR: epochs between decays. */
    public IntegerProperty stepSizeProperty() {
        return stepSize;
    }

    /** StepLR gamma, or ReduceLROnPlateau factor. */
    public DoubleProperty gammaProperty() {
        return gamma;
    }

    /** ReduceLROnPlateau: epochs without improvement before a decay. */
    public IntegerProperty patienceProperty() {
        return patience;
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

    /** What is wrong with the settings, empty when they are valid. */
    public StringBinding problemProperty() {
        return problem;
    }
}
