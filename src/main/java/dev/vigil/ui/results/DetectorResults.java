package dev.vigil.ui.results;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.ThresholdSuggestion;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the results screen shows of one detector that does not depend on the threshold, computed once off the
 * UI thread (sorting 100 000 scores takes tens of milliseconds): the sorted sweep, the clips with their scores, and
 * the box-plot figures per split and per class. Switching detectors then costs nothing.
 *
 * @param id    the score column
 * @param name  a readable name with settings
 * @param start where the threshold starts
 */
public record DetectorResults(String id, String name, ThresholdSweep sweep, List<ScoredClip> clips,
                              Map<String, BoxFigures> boxesBySplit, Map<String, BoxFigures> boxesByClass,
                              StartThreshold start) {

    public DetectorResults {
        clips = List.copyOf(clips);
    }

    /**
     * Sorts and summarises one detector of a score table.
     *
     * @param root  the folder clip paths are relative to, to play them
     * @param start the run's threshold for it, or empty to start at a suggestion
     */
    public static DetectorResults of(ScoreTable table, String id, String name, Path root,
                                     Optional<StartThreshold> start) {
        ThresholdSweep sweep = ThresholdSweep.of(table, id);
        double[] scores = table.scores(id);
        List<Clip> clips = table.clips();
        List<ScoredClip> scored = new ArrayList<>(clips.size());
        Map<String, double[]> byClass = new TreeMap<>();
        Map<String, Integer> filled = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            scored.add(new ScoredClip(clip.key(), root.resolve(clip.path()), clip.className(), clip.split(),
                    clip.isAnomaly(), scores[i]));
            if (!Double.isNaN(scores[i])) {
                sizes.merge(clip.className(), 1, Integer::sum);
            }
        }
        sizes.forEach((cls, n) -> byClass.put(cls, new double[n]));
        for (int i = 0; i < clips.size(); i++) {
            if (!Double.isNaN(scores[i])) {
                String cls = clips.get(i).className();
                int at = filled.merge(cls, 1, Integer::sum) - 1;
                byClass.get(cls)[at] = scores[i];
            }
        }
        Map<String, BoxFigures> classBoxes = new LinkedHashMap<>();
        byClass.forEach((cls, values) -> {
            Arrays.sort(values);
            classBoxes.put(cls, BoxFigures.of(values));
        });
        Map<String, BoxFigures> splitBoxes = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            double[] values = sweep.scores(split);
            if (values.length > 0) {
                splitBoxes.put(split.id(), BoxFigures.of(values));
            }
        }
        return new DetectorResults(id, name, sweep, scored, splitBoxes, classBoxes,
                start.orElseGet(() -> suggestedStart(sweep)));
    }

    /** The 95th percentile of validation scores, else the max-F1 threshold, else the middle of the scores. */
    static StartThreshold suggestedStart(ThresholdSweep sweep) {
        Optional<ThresholdSuggestion> suggestion = ThresholdSuggestions.validationPercentile(sweep,
                        ThresholdSuggestions.DEFAULT_PERCENTILE).or(() -> ThresholdSuggestions.maxF1(sweep));
        if (suggestion.isPresent()) {
            return new StartThreshold(suggestion.get().threshold(), "Suggested: " + suggestion.get().reason());
        }
        double[] range = sweep.range();
        return new StartThreshold(Double.isNaN(range[0]) ? 0 : (range[0] + range[1]) / 2,
                "Middle of the scores (no validation clips or anomalies to suggest from)");
    }

    /** Lowest and highest score, never an empty range (a slider needs max above min). */
    public double[] range() {
        double[] range = sweep.range();
        if (Double.isNaN(range[0])) {
            return new double[] {0, 1};
        }
        return range[1] > range[0] ? range : new double[] {range[0], range[0] + 1};
    }

    @Override
    public String toString() {
        return name;
    }
}
