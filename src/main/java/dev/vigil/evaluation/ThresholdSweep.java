package dev.vigil.evaluation;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One detector's scores, sorted once so that any threshold can be evaluated in O(log n) by binary search: the
 * accuracy table and the confusion counts follow from how many scores of each group lie at or above it.
 *
 * <p>Groups: each split (for the accuracy table); positives, the anomalies (label 1, any split but train); and
 * negatives, the held-out normal clips (label 0 in val or test). Clips without a score (NaN) are left out and
 * counted in {@link #unscored()}.
 */
public final class ThresholdSweep {

    private final double[][] bySplit = new double[Split.values().length][];
    private final double[] positives;
    private final double[] negatives;
    private final int unscored;
    private Curve roc;
    private Curve precisionRecall;

    private ThresholdSweep(double[] scores, List<Clip> clips) {
        if (scores.length != clips.size()) {
            throw new IllegalArgumentException(scores.length + " scores for " + clips.size() + " clips");
        }
        // Two passes over primitive arrays rather than lists of boxed doubles: this runs for 100 000 clips.
        int groups = bySplit.length + 2;
        int[] sizes = new int[groups];
        int missing = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                missing++;
                continue;
            }
            sizes[clips.get(i).split().ordinal()]++;
            int group = comparisonGroup(clips.get(i));
            if (group >= 0) {
                sizes[group]++;
            }
        }
        double[][] values = new double[groups][];
        for (int g = 0; g < groups; g++) {
            values[g] = new double[sizes[g]];
        }
        int[] filled = new int[groups];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                int split = clips.get(i).split().ordinal();
                values[split][filled[split]++] = scores[i];
                int group = comparisonGroup(clips.get(i));
                if (group >= 0) {
                    values[group][filled[group]++] = scores[i];
                }
            }
        }
        for (double[] group : values) {
            Arrays.sort(group);
        }
        System.arraycopy(values, 0, bySplit, 0, bySplit.length);
        positives = values[bySplit.length];
        negatives = values[bySplit.length + 1];
        unscored = missing;
    }

    /** Index of the positives (anomalies outside train) or negatives (normal val/test clips) group, or -1. */
    private int comparisonGroup(Clip clip) {
        if (clip.isAnomaly() && clip.split() != Split.TRAIN) {
            return bySplit.length;
        }
        if (!clip.isAnomaly() && (clip.split() == Split.VAL || clip.split() == Split.TEST)) {
            return bySplit.length + 1;
        }
        return -1;
    }

    /** Sorts the scores of one detector of a table. */
    public static ThresholdSweep of(ScoreTable table, String detector) {
        return new ThresholdSweep(table.scores(detector), table.clips());
    }

    /** Sorts scores given one per clip, in clip order. */
    public static ThresholdSweep of(double[] scores, List<Clip> clips) {
        return new ThresholdSweep(scores, clips);
    }

    /** The accuracy table and confusion counts at a threshold (flagged: score ≥ threshold). O(log n). */
    public ThresholdResult at(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is not a number");
        }
        List<SplitAccuracy> rows = new ArrayList<>(bySplit.length);
        for (Split split : Split.values()) {
            double[] values = bySplit[split.ordinal()];
            rows.add(new SplitAccuracy(split, values.length, atOrAbove(values, threshold)));
        }
        int tp = atOrAbove(positives, threshold);
        int fp = atOrAbove(negatives, threshold);
        return new ThresholdResult(threshold, rows,
                new Confusion(tp, fp, negatives.length - fp, positives.length - tp));
    }

    /** How many of the ascending values are at or above the threshold: binary search for the first one. */
    static int atOrAbove(double[] ascending, double threshold) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < threshold) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return ascending.length - low;
    }

    /** ROC curve of anomalies against held-out normal clips, with AUROC. */
    public Curve roc() {
        if (roc == null) {
            roc = new Curve(Curves.roc(positives, negatives), RankMetrics.aurocSorted(positives, negatives));
        }
        return roc;
    }

    /** Precision–recall curve of anomalies against held-out normal clips, with average precision. */
    public Curve precisionRecall() {
        if (precisionRecall == null) {
            precisionRecall = new Curve(Curves.pr(positives, negatives),
                    RankMetrics.averagePrecisionSorted(positives, negatives));
        }
        return precisionRecall;
    }

    public double auroc() {
        return roc().area();
    }

    public double averagePrecision() {
        return precisionRecall().area();
    }

    /** The scores of a split, ascending (a copy), e.g. for a histogram. */
    public double[] scores(Split split) {
        return bySplit[split.ordinal()].clone();
    }

    /** Number of anomalies compared (label 1, outside train). */
    public int positives() {
        return positives.length;
    }

    /** Number of held-out normal clips compared (label 0 in val or test). */
    public int negatives() {
        return negatives.length;
    }

    /** Clips without a score. */
    public int unscored() {
        return unscored;
    }

    double[] sortedPositives() {
        return positives;
    }

    double[] sortedNegatives() {
        return negatives;
    }

    /** Lowest and highest score over all splits, e.g. for a slider's range; NaN when there are none. */
    public double[] range() {
        double min = Double.NaN;
        double max = Double.NaN;
        for (double[] values : bySplit) {
            if (values.length > 0) {
                min = Double.isNaN(min) ? values[0] : Math.min(min, values[0]);
                max = Double.isNaN(max) ? values[values.length - 1] : Math.max(max, values[values.length - 1]);
            }
        }
        return new double[] {min, max};
    }
}
