package dev.vigil.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts per class and the remarks about a preparation as a whole. */
final class PreparationSummaries {

    private PreparationSummaries() {
    }

    static List<ClassSummary> classes(List<ClipOutcome> outcomes, Map<String, String> classOf) {
        Map<String, TreeSet<String>> sources = new TreeMap<>();
        classOf.forEach((source, target) -> sources.computeIfAbsent(target, k -> new TreeSet<>()).add(source));
        List<ClassSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> entry : sources.entrySet()) {
            String name = entry.getKey();
            int found = 0;
            int kept = 0;
            boolean anomalous = false;
            Map<Split, Integer> clips = new EnumMap<>(Split.class);
            Map<Split, Integer> views = new EnumMap<>(Split.class);
            for (ClipOutcome clip : outcomes) {
                if (!clip.className().equals(name)) {
                    continue;
                }
                found++;
                anomalous = clip.anomalous();
                if (clip.kept()) {
                    kept++;
                    clips.merge(clip.split(), 1, Integer::sum);
                    views.merge(clip.split(), 1 + clip.augmentedViews(), Integer::sum);
                }
            }
            summaries.add(new ClassSummary(name, anomalous, List.copyOf(entry.getValue()), found, kept,
                    found - kept, clips, views));
        }
        return summaries;
    }

    static List<String> notes(SourceDataset source, PreparationConfig config, List<ClassSummary> classes) {
        List<String> notes = new ArrayList<>(source.notes());
        for (ClassSummary summary : classes) {
            String name = "class " + summary.className() + ": ";
            if (summary.kept() == 0) {
                notes.add(name + "every clip was dropped; the class is left out");
                continue;
            }
            if (summary.anomalous()) {
                continue;
            }
            List<String> empty = new ArrayList<>();
            boolean balanced = false;
            for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
                if (config.split().of(split) > 0 && summary.clips(split) == 0) {
                    empty.add(split.id());
                    balanced |= config.balance(split) > 0;
                }
            }
            if (!empty.isEmpty()) {
                notes.add(name + "too few clips (" + summary.kept() + ") for " + String.join(" and ", empty)
                        + (balanced ? "; there is nothing to augment there" : ""));
            }
            for (Split split : List.of(Split.TRAIN, Split.VAL)) {
                int target = config.balance(split);
                if (target > 0 && summary.clips(split) > target) {
                    notes.add(name + summary.clips(split) + " " + split.id() + " clips, more than the " + target
                            + " views to balance to; all are kept, none is augmented");
                }
            }
        }
        boolean anyTrain = classes.stream().anyMatch(c -> c.clips(Split.TRAIN) > 0);
        if (!anyTrain && classes.stream().anyMatch(c -> c.kept() > 0)) {
            notes.add("no train clip: every kept clip is in an anomalous class or the train fraction is 0");
        }
        return notes;
    }
}
