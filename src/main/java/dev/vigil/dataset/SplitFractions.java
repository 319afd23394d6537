package dev.vigil.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the clips of each normal class are shared among train, val and test.
 *
 * @param train share of the train split, in [0, 1]
 * @param val   share of the val split, in [0, 1]
 * @param test  share of the test split, in [0, 1]
 */
public record SplitFractions(double train, double val, double test) {

    /** The reference's split: 50 % train, 10 % val, 40 % test. */
    public static final SplitFractions REFERENCE = new SplitFractions(0.5, 0.1, 0.4);

    private static final double TOLERANCE = 1e-6;

    /** Reads {@code train,val,test}, e.g. {@code 0.5,0.1,0.4}. */
    public static SplitFractions parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new InvalidConfigException(List.of("split '" + text
                    + "': expected three fractions train,val,test, e.g. 0.5,0.1,0.4"));
        }
        double[] values = new double[3];
        for (int i = 0; i < 3; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidConfigException(List.of("split '" + text + "': '" + parts[i].trim()
                        + "' is not a number (expected three fractions train,val,test, e.g. 0.5,0.1,0.4)"));
            }
        }
        return new SplitFractions(values[0], values[1], values[2]);
    }

    /** What is wrong with these fractions; empty when they can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, "train", train);
        check(problems, "val", val);
        check(problems, "test", test);
        double sum = train + val + test;
        if (problems.isEmpty() && Math.abs(sum - 1) > TOLERANCE) {
            problems.add(String.format(Locale.ROOT, "split fractions %s add up to %s; they must add up to 1",
                    this, Numbers.plain(sum)));
        }
        return problems;
    }

    /** The fraction of one normal split; 0 for the anomaly split. */
    public double of(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VAL -> val;
            case TEST -> test;
            case ANOMALY -> 0;
        };
    }

    private static void check(List<String> problems, String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            problems.add(name + " fraction " + Numbers.plain(value) + " is outside [0, 1]");
        }
    }

    @Override
    public String toString() {
        return Numbers.plain(train) + "," + Numbers.plain(val) + "," + Numbers.plain(test);
    }
}
