package dev.vigil.ui.dataset;

import dev.vigil.dataset.GroupingRule;
import dev.vigil.dataset.InvalidConfigException;
import dev.vigil.dataset.PreparationConfig;
import dev.vigil.dataset.SplitFractions;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The preparation settings as the dataset screen edits them (percentages, one grouping rule per line), with the
 * core's defaults: per normal class 50 % train, 10 % validation, 40 % test, clips under 1 s dropped, seed 42, no
 * balancing. {@link #grouping()} and {@link #builder} turn them into a {@link PreparationConfig}; the core checks them.
 */
public final class PreparationSettings {

    private final IntegerProperty trainPercent = new SimpleIntegerProperty(this, "trainPercent", 50);
    private final IntegerProperty valPercent = new SimpleIntegerProperty(this, "valPercent", 10);
    private final IntegerProperty testPercent = new SimpleIntegerProperty(this, "testPercent", 40);
    private final IntegerProperty balanceTrain = new SimpleIntegerProperty(this, "balanceTrain", 0);
    private final IntegerProperty balanceVal = new SimpleIntegerProperty(this, "balanceVal", 0);
    private final DoubleProperty minDurationSeconds = new SimpleDoubleProperty(this, "minDurationSeconds",
            PreparationConfig.DEFAULT_MIN_DURATION_SECONDS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", PreparationConfig.DEFAULT_SEED);
    private final StringProperty groupingText = new SimpleStringProperty(this, "groupingText", "");
    private final ObjectBinding<List<String>> groupingProblems;

    public PreparationSettings() {
        groupingProblems = Bindings.createObjectBinding(() -> parseGrouping(new ArrayList<>()), groupingText);
    }

    /** Everything a change of which calls for a new plan. */
    Observable[] dependencies() {
        return new Observable[] {trainPercent, valPercent, testPercent, balanceTrain, balanceVal, minDurationSeconds,
            seed, groupingText};
    }

    /** The grouping rules that parse; lines that do not are reported by {@link #groupingProblemsProperty()}. */
    public List<GroupingRule> grouping() {
        List<GroupingRule> rules = new ArrayList<>();
        for (String line : groupingText.get().split("\\R")) {
            if (!line.isBlank()) {
                try {
                    rules.add(GroupingRule.parse(line.trim()));
                } catch (InvalidConfigException e) {
                    // reported by groupingProblems
                }
            }
        }
        return rules;
    }

    private List<String> parseGrouping(List<String> problems) {
        String[] lines = groupingText.get().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                GroupingRule.parse(lines[i].trim());
            } catch (InvalidConfigException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    /** A config builder with these settings and the given anomalous classes; ask it for problems before building. */
    public PreparationConfig.Builder builder(Collection<String> anomalousClasses) {
        return PreparationConfig.builder()
                .optGrouping(grouping())
                .optAnomalousClasses(anomalousClasses)
                .optMinDurationSeconds(minDurationSeconds.get())
                .optSplit(new SplitFractions(trainPercent.get() / 100.0, valPercent.get() / 100.0,
                        testPercent.get() / 100.0))
                .optSeed(seed.get())
                .optBalanceTrain(balanceTrain.get())
                .optBalanceVal(balanceVal.get());
    }

    /** Problems of the grouping lines themselves (a line without '='), empty when all parse. */
    public ObjectBinding<List<String>> groupingProblemsProperty() {
        return groupingProblems;
    }

    public IntegerProperty trainPercentProperty() {
        return trainPercent;
    }

    public IntegerProperty valPercentProperty() {
        return valPercent;
    }

    public IntegerProperty testPercentProperty() {
        return testPercent;
    }

    /** Train views per normal class after balancing; 0 keeps the clips as they are. */
    public IntegerProperty balanceTrainProperty() {
        return balanceTrain;
    }

    /** Validation views per normal class after balancing; 0 keeps the clips as they are. */
    public IntegerProperty balanceValProperty() {
        return balanceVal;
    }

    public DoubleProperty minDurationSecondsProperty() {
        return minDurationSeconds;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Grouping rules, one {@code PATTERN=CLASS} per line, e.g. {@code Golf-Swing-*=Golf-Swing}. */
    public StringProperty groupingTextProperty() {
        return groupingText;
    }
}
