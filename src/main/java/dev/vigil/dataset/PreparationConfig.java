package dev.vigil.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Every choice a preparation makes, in one value: how source classes are grouped, which classes are anomalies,
 * which clips are too short, how normal classes are split and whether train and val are balanced with augmented
 * views. An instance is always valid; build one with {@link #builder()} and ask {@link Builder#problems()} while
 * the values are being edited.
 *
 * @param grouping           rules that rename source classes; the first matching rule wins
 * @param anomalousClasses   classes (after grouping) whose clips form the anomaly split, sorted
 * @param minDurationSeconds clips shorter than this are dropped; 0 keeps every readable clip
 * @param split              shares of train, val and test within each normal class
 * @param seed               seeds the per-class shuffle before the split; the same seed gives the same split
 * @param balanceTrain       views per normal class in train, 0 for no balancing (the reference used 200)
 * @param balanceVal         views per normal class in val, 0 for no balancing (the reference used 10)
 */
public record PreparationConfig(List<GroupingRule> grouping, List<String> anomalousClasses,
                                double minDurationSeconds, SplitFractions split, long seed,
                                int balanceTrain, int balanceVal) {

    public static final double DEFAULT_MIN_DURATION_SECONDS = 1.0;
    public static final long DEFAULT_SEED = 42;
    /** Upper bound on views per class, far above any real need; it catches a mistyped extra digit or two. */
    public static final int MAX_BALANCE = 100_000;

    public PreparationConfig {
        grouping = grouping == null ? List.of() : List.copyOf(grouping);
        anomalousClasses = anomalousClasses == null ? List.of()
                : List.copyOf(new TreeSet<>(anomalousClasses.stream().map(String::trim).toList()));
        List<String> problems = problemsOf(grouping, anomalousClasses, minDurationSeconds, split, balanceTrain,
                balanceVal);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
    }

    /** No grouping, no anomalous class, 1 s minimum, 50/10/40 split, seed 42, no balancing. */
    public static PreparationConfig defaults() {
        return builder().build();
    }

    /**
     * The reference's preparation of UCF Sports: Golf-Swing-* and Kicking-* grouped, Walk-Front, Lifting and
     * Skateboarding-Front anomalous, train balanced to 200 and val to 10 views per class.
     */
    public static PreparationConfig reference() {
        return builder()
                .addGrouping(new GroupingRule("Golf-Swing-*", "Golf-Swing"))
                .addGrouping(new GroupingRule("Kicking-*", "Kicking"))
                .optAnomalousClasses(List.of("Walk-Front", "Lifting", "Skateboarding-Front"))
                .optBalanceTrain(200)
                .optBalanceVal(10)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these values. */
    public Builder toBuilder() {
        return new Builder().optGrouping(grouping).optAnomalousClasses(anomalousClasses)
                .optMinDurationSeconds(minDurationSeconds).optSplit(split).optSeed(seed)
                .optBalanceTrain(balanceTrain).optBalanceVal(balanceVal);
    }

    public boolean isAnomalous(String className) {
        return anomalousClasses.contains(className);
    }

    /** Views per class a split is balanced to; 0 when it is not balanced. */
    public int balance(Split split) {
        return switch (split) {
            case TRAIN -> balanceTrain;
            case VAL -> balanceVal;
            default -> 0;
        };
    }

    static List<String> problemsOf(List<GroupingRule> grouping, List<String> anomalous, double minDuration,
                                   SplitFractions split, int balanceTrain, int balanceVal) {
        List<String> problems = new ArrayList<>();
        grouping.forEach(rule -> problems.addAll(rule.problems()));
        if (anomalous.stream().anyMatch(String::isEmpty)) {
            problems.add("anomalous classes: a class name is empty");
        }
        if (!(minDuration >= 0) || Double.isInfinite(minDuration)) {
            problems.add("min duration " + minDuration + " s: must be a number of seconds, 0 or more");
        }
        if (split == null) {
            problems.add("split: missing (expected train,val,test fractions, e.g. 0.5,0.1,0.4)");
        } else {
            problems.addAll(split.problems());
        }
        checkBalance(problems, "train", balanceTrain);
        checkBalance(problems, "val", balanceVal);
        return problems;
    }

    private static void checkBalance(List<String> problems, String split, int views) {
        if (views < 0 || views > MAX_BALANCE) {
            problems.add(String.format(Locale.ROOT, "balance %s %d: must be 0 (off) or a number of views per class"
                    + " up to %d", split, views, MAX_BALANCE));
        }
    }

    /** Collects settings one by one ({@code optX} may be called in any order) and checks them all at once. */
    public static final class Builder {

        private final List<GroupingRule> grouping = new ArrayList<>();
        private final List<String> anomalous = new ArrayList<>();
        private double minDurationSeconds = DEFAULT_MIN_DURATION_SECONDS;
        private SplitFractions split = SplitFractions.REFERENCE;
        private long seed = DEFAULT_SEED;
        private int balanceTrain;
        private int balanceVal;

        private Builder() {
        }

        /** Replaces the grouping rules; they are tried in this order. */
        public Builder optGrouping(Collection<GroupingRule> rules) {
            grouping.clear();
            grouping.addAll(rules);
            return this;
        }

        /** Adds a rule after those already there (so it loses to them when both match). */
        public Builder addGrouping(GroupingRule rule) {
            grouping.add(rule);
            return this;
        }

        public Builder optAnomalousClasses(Collection<String> classes) {
            anomalous.clear();
            anomalous.addAll(classes);
            return this;
        }

        public Builder optMinDurationSeconds(double seconds) {
            minDurationSeconds = seconds;
            return this;
        }

        public Builder optSplit(SplitFractions fractions) {
            split = fractions;
            return this;
        }

        public Builder optSplit(double train, double val, double test) {
            return optSplit(new SplitFractions(train, val, test));
        }

        public Builder optSeed(long value) {
            seed = value;
            return this;
        }

        public Builder optBalanceTrain(int viewsPerClass) {
            balanceTrain = viewsPerClass;
            return this;
        }

        public Builder optBalanceVal(int viewsPerClass) {
            balanceVal = viewsPerClass;
            return this;
        }

        /** Every wrong value with what is allowed; empty when {@link #build()} will succeed. */
        public List<String> problems() {
            return problemsOf(grouping, anomalous.stream().map(String::trim).toList(), minDurationSeconds, split,
                    balanceTrain, balanceVal);
        }

        /** @throws InvalidConfigException listing every wrong value */
        public PreparationConfig build() {
            return new PreparationConfig(grouping, anomalous, minDurationSeconds, split, seed, balanceTrain,
                    balanceVal);
        }
    }
}
