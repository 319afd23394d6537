package dev.vigil.evaluation;

import dev.vigil.dataset.Split;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Threshold suggestions from a {@link ThresholdSweep}. Candidates for max-F1 and Youden's J are the distinct
 * scores of anomalies and held-out normal clips; on a tie the higher threshold wins (fewer false alarms).
 */
public final class ThresholdSuggestions {

    /** Flag about 5 % of normal validation clips. */
    public static final double DEFAULT_PERCENTILE = 95;

    private ThresholdSuggestions() {
    }

    /** Every suggestion the data allow, in the order max-F1, Youden, validation percentile. */
    public static List<ThresholdSuggestion> all(ThresholdSweep sweep, double percentile) {
        List<ThresholdSuggestion> all = new ArrayList<>();
        maxF1(sweep).ifPresent(all::add);
        youden(sweep).ifPresent(all::add);
        validationPercentile(sweep, percentile).ifPresent(all::add);
        return all;
    }

    /** The threshold of highest F1; empty without anomalies. */
    public static Optional<ThresholdSuggestion> maxF1(ThresholdSweep sweep) {
        double[] p = sweep.sortedPositives();
        double[] n = sweep.sortedNegatives();
        if (p.length == 0) {
            return Optional.empty();
        }
        Best best = new Best();
        Curves.walk(p, n, (threshold, tp, fp) -> best.offer(2.0 * tp / (2.0 * tp + fp + (p.length - tp)),
                threshold, tp, fp));
        return Optional.of(new ThresholdSuggestion(ThresholdMethod.MAX_F1, best.threshold,
                String.format(Locale.ROOT, "F1 %.3f (TP %d of %d, FP %d of %d)", best.value, best.tp, p.length,
                        best.fp, n.length)));
    }

    /** The threshold of highest TPR − FPR; empty without anomalies or without held-out normal clips. */
    public static Optional<ThresholdSuggestion> youden(ThresholdSweep sweep) {
        double[] p = sweep.sortedPositives();
        double[] n = sweep.sortedNegatives();
        if (p.length == 0 || n.length == 0) {
            return Optional.empty();
        }
        Best best = new Best();
        Curves.walk(p, n, (threshold, tp, fp) -> best.offer((double) tp / p.length - (double) fp / n.length,
                threshold, tp, fp));
        return Optional.of(new ThresholdSuggestion(ThresholdMethod.YOUDEN, best.threshold,
                String.format(Locale.ROOT, "J %.3f (TPR %.3f, FPR %.3f)", best.value, (double) best.tp / p.length,
                        (double) best.fp / n.length)));
    }

    /**
     * A percentile of the validation scores, interpolated linearly between ranks (numpy's default); empty
     * without validation clips.
     *
     * @param percentile in [0, 100]; 95 flags about 5 % of normal validation clips
     */
    public static Optional<ThresholdSuggestion> validationPercentile(ThresholdSweep sweep, double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
        }
        double[] val = sweep.scores(Split.VAL);
        if (val.length == 0) {
            return Optional.empty();
        }
        double position = percentile / 100 * (val.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, val.length - 1);
        double value = val[low] + (position - low) * (val[high] - val[low]);
        return Optional.of(new ThresholdSuggestion(ThresholdMethod.VAL_PERCENTILE, value,
                String.format(Locale.ROOT, "%s percentile of %d validation scores", ordinal(percentile),
                        val.length)));
    }

    public static ThresholdSuggestion manual(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("threshold must be a finite number, got " + value);
        }
        return new ThresholdSuggestion(ThresholdMethod.MANUAL, value, "set by hand");
    }

    /**
     * The threshold a method gives on this data.
     *
     * @param manual the value for {@link ThresholdMethod#MANUAL}, else ignored (may be null)
     * @throws IllegalStateException naming what the data lack, when the method cannot be used
     */
    public static ThresholdSuggestion choose(ThresholdSweep sweep, ThresholdMethod method, double percentile,
                                             Double manual) {
        return switch (method) {
            case MAX_F1 -> maxF1(sweep).orElseThrow(() -> new IllegalStateException(
                    "max F1 needs anomaly clips to compare with; there are none (use val_percentile)"));
            case YOUDEN -> youden(sweep).orElseThrow(() -> new IllegalStateException(
                    "Youden's J needs anomaly clips and normal validation or test clips (use val_percentile)"));
            case VAL_PERCENTILE -> validationPercentile(sweep, percentile).orElseThrow(() ->
                    new IllegalStateException("a validation percentile needs validation clips; there are none"));
            case MANUAL -> {
                if (manual == null) {
                    throw new IllegalStateException("a manual threshold needs a value");
                }
                yield manual(manual);
            }
        };
    }

    private static String ordinal(double percentile) {
        String number = percentile == Math.rint(percentile) ? Long.toString((long) percentile)
                : Double.toString(percentile);
        return number + (number.endsWith("1") && !number.endsWith("11") ? "st"
                : number.endsWith("2") && !number.endsWith("12") ? "nd"
                : number.endsWith("3") && !number.endsWith("13") ? "rd" : "th");
    }

    /** The running best of a criterion over thresholds visited from the highest down. */
    private static final class Best {
        double value = Double.NEGATIVE_INFINITY;
        double threshold;
        int tp;
        int fp;

        void offer(double candidate, double at, int truePositives, int falsePositives) {
            if (candidate > value) {
                value = candidate;
                threshold = at;
                tp = truePositives;
                fp = falsePositives;
            }
        }
    }
}
