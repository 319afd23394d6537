package dev.vigil.ui.dataset;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The split and balance settings of the dataset screen, with the defaults of the reference preparation: per normal
 * class 50 % train, 40 % test, 10 % validation; train balanced to 200 clips per class and validation to 10 by
 * augmented views; clips shorter than 1 s dropped.
 */
public final class PreparationSettings {

    private final IntegerProperty trainPercent = new SimpleIntegerProperty(this, "trainPercent", 50);
    private final IntegerProperty testPercent = new SimpleIntegerProperty(this, "testPercent", 40);
    private final IntegerProperty valPercent = new SimpleIntegerProperty(this, "valPercent", 10);
    private final IntegerProperty balanceTrain = new SimpleIntegerProperty(this, "balanceTrain", 200);
    private final IntegerProperty balanceVal = new SimpleIntegerProperty(this, "balanceVal", 10);
    private final DoubleProperty minDurationSeconds = new SimpleDoubleProperty(this, "minDurationSeconds", 1.0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 42);
    private final StringBinding problem;

    public PreparationSettings() {
        problem = Bindings.createStringBinding(this::validate, trainPercent, testPercent, valPercent, balanceTrain,
                balanceVal, minDurationSeconds);
    }

    private String validate() {
        int sum = trainPercent.get() + testPercent.get() + valPercent.get();
        if (trainPercent.get() <= 0) {
            return "The train split needs a share above 0 %";
        }
        if (testPercent.get() < 0 || valPercent.get() < 0) {
            return "Split shares cannot be negative";
        }
        if (sum != 100) {
            return "Split shares add up to " + sum + " %, not 100 %";
        }
        if (balanceTrain.get() < 0 || balanceVal.get() < 0) {
            return "Balance targets cannot be negative (0 turns balancing off)";
        }
        if (!(minDurationSeconds.get() >= 0)) {
            return "The shortest clip length cannot be negative";
        }
        return "";
    }

    public IntegerProperty trainPercentProperty() {
        return trainPercent;
    }

    public IntegerProperty testPercentProperty() {
        return testPercent;
    }

    public IntegerProperty valPercentProperty() {
        return valPercent;
    }

    /** Train clips per class after balancing; 0 keeps the clips as they are. */
    public IntegerProperty balanceTrainProperty() {
        return balanceTrain;
    }

    /** Validation clips per class after balancing; 0 keeps the clips as they are. */
    public IntegerProperty balanceValProperty() {
        return balanceVal;
    }

    public DoubleProperty minDurationSecondsProperty() {
        return minDurationSeconds;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** What is wrong with the settings, empty when they are valid. */
    public StringBinding problemProperty() {
        return problem;
    }
}
