package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipOutcome;
import dev.vigil.dataset.Preparation;
import dev.vigil.dataset.Split;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dataset screen's summary lines and chart counts, from its rows and the preparation plan. */
final class DatasetSummaries {

    private DatasetSummaries() {
    }

    /**
     * Clips per class and split name, classes sorted: the plan's kept clips when a plan is given, else the rows as
     * they are ("—" for rows without a split).
     */
    static Map<String, Map<String, Integer>> counts(List<ClipRow> rows, Preparation plan) {
        Map<String, Map<String, Integer>> perClass = new TreeMap<>();
        if (plan == null) {
            for (ClipRow row : rows) {
                perClass.computeIfAbsent(row.className(), k -> new TreeMap<>()).merge(row.splitName(), 1, Integer::sum);
            }
            return perClass;
        }
        for (ClipOutcome outcome : plan.clips()) {
            if (outcome.kept()) {
                perClass.computeIfAbsent(outcome.className(), k -> new TreeMap<>())
                        .merge(outcome.split().id(), 1, Integer::sum);
            }
        }
        return perClass;
    }

    /** Clips found per class (after grouping): the plan's counts when there is a plan, else the rows'. */
    static Map<String, Integer> clipsPerClass(List<ClipRow> rows, Preparation plan) {
        Map<String, Integer> found = new TreeMap<>();
        if (plan != null) {
            plan.classes().forEach(summary -> found.put(summary.className(), summary.found()));
        } else {
            rows.forEach(row -> found.merge(row.className(), 1, Integer::sum));
        }
        return found;
    }

    /** The core's problem lines as one text for the form, each starting with a capital. */
    static String describeProblems(List<String> problems) {
        return String.join("\n", problems.stream()
                .map(line -> line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1)).toList());
    }

    /** "42 clips · 5 classes · 40 probed · 2 problems". */
    static String describe(int clips, int classes, int probed, int problems) {
        if (clips == 0) {
            return "No dataset open";
        }
        StringBuilder text = new StringBuilder();
        text.append(clips).append(clips == 1 ? " clip" : " clips");
        text.append(" · ").append(classes).append(classes == 1 ? " class" : " classes");
        if (probed < clips) {
            text.append(" · ").append(probed).append(" probed");
        }
        if (problems > 0) {
            text.append(" · ").append(problems).append(problems == 1 ? " problem" : " problems");
        }
        return text.toString();
    }

    /** "Keeps 40 of 42 clips: 180 train, 40 val, 14 test, 4 anomaly (manifest rows)", or "" without a plan. */
    static String describePlan(Preparation plan) {
        if (plan == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("Keeps ").append(plan.keptCount()).append(" of ")
                .append(plan.clips().size()).append(" clips:");
        String separator = " ";
        for (Split split : Split.values()) {
            text.append(separator).append(plan.rows(split)).append(' ').append(split.id());
            separator = ", ";
        }
        return text.append(" (manifest rows)").toString();
    }
}
