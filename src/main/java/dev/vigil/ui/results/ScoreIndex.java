package dev.vigil.ui.results;

import dev.vigil.dataset.Split;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores of a result set sorted per split and per class, built once, so that moving the threshold costs a binary
 * search per split (O(log n)) instead of a pass over every clip.
 */
final class ScoreIndex {

    private final Map<Split, double[]> bySplit = new EnumMap<>(Split.class);
    private final Map<String, double[]> byClass = new TreeMap<>();
    private final double min;
    private final double max;

    ScoreIndex(List<ScoredClip> clips) {
        Map<Split, List<Double>> splits = new EnumMap<>(Split.class);
        Map<String, List<Double>> classes = new TreeMap<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ScoredClip clip : clips) {
            if (!Double.isFinite(clip.score())) {
                continue;
            }
            if (clip.split() != null) {
                splits.computeIfAbsent(clip.split(), k -> new ArrayList<>()).add(clip.score());
            }
            classes.computeIfAbsent(clip.className(), k -> new ArrayList<>()).add(clip.score());
            low = Math.min(low, clip.score());
            high = Math.max(high, clip.score());
        }
        splits.forEach((split, scores) -> bySplit.put(split, sorted(scores)));
        classes.forEach((name, scores) -> byClass.put(name, sorted(scores)));
        min = low == Double.POSITIVE_INFINITY ? 0 : low;
        max = high == Double.NEGATIVE_INFINITY ? 1 : high;
    }

    private static double[] sorted(List<Double> scores) {
        return InterimStatistics.sortedFinite(scores.stream().mapToDouble(Double::doubleValue).toArray());
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    boolean isEmpty() {
        return bySplit.isEmpty();
    }

    /** The accuracy table at {@code threshold}, splits in train, val, test, anomaly order. */
    List<AccuracyRow> accuracy(double threshold) {
        List<AccuracyRow> rows = new ArrayList<>();
        bySplit.forEach((split, scores) -> {
            int flagged = InterimStatistics.atOrAbove(scores, threshold);
            double share = scores.length == 0 ? Double.NaN : (double) flagged / scores.length;
            rows.add(new AccuracyRow(split.id(), scores.length, flagged, split.isNormal() ? 1 - share : share));
        });
        return rows;
    }

    /** Box figures per split (in split order), then per class (by name). */
    Map<String, InterimStatistics.BoxFigures> boxesBySplit() {
        Map<String, InterimStatistics.BoxFigures> boxes = new LinkedHashMap<>();
        bySplit.forEach((split, scores) -> boxes.put(split.id(), InterimStatistics.box(scores)));
        return boxes;
    }

    Map<String, InterimStatistics.BoxFigures> boxesByClass() {
        Map<String, InterimStatistics.BoxFigures> boxes = new LinkedHashMap<>();
        byClass.forEach((name, scores) -> boxes.put(name, InterimStatistics.box(scores)));
        return boxes;
    }

    /** 95th percentile of validation scores, else of train, else of all normal splits; NaN when none. */
    double suggestedThreshold() {
        for (Split split : List.of(Split.VAL, Split.TRAIN, Split.TEST)) {
            double[] scores = bySplit.get(split);
            if (scores != null && scores.length > 0) {
                return InterimStatistics.percentile(scores, InterimStatistics.SUGGESTED_PERCENTILE);
            }
        }
        return Double.NaN;
    }
}
