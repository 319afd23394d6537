package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipProbe;
import dev.vigil.dataset.DatasetPreparer;
import dev.vigil.dataset.Preparation;
import dev.vigil.dataset.PreparationConfig;
import dev.vigil.dataset.SourceDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans a preparation from the screen's settings: what is wrong with them for this dataset, else the plan. Quick
 * and pure, so that the screen plans again on every change.
 */
final class PreparationPlanner {

    private PreparationPlanner() {
    }

    /**
     * @param problems what stops the plan, in the order the screen lists them; empty when there is a plan or the
     *                 clips are not probed yet
     * @param plan     the plan, or null
     */
    record Outcome(List<String> problems, Preparation plan) {
    }

    /**
     * @param groupingProblems the grouping rules that do not parse
     * @param probes           the clips' probes, or null while probing runs
     */
    static Outcome plan(SourceDataset opened, List<ClipProbe> probes, List<String> groupingProblems,
                        PreparationConfig.Builder settings) {
        List<String> found = new ArrayList<>(groupingProblems);
        found.addAll(settings.problems());
        if (found.isEmpty()) {
            found.addAll(DatasetPreparer.problems(opened, settings.build()));
        }
        if (!found.isEmpty() || probes == null) {
            return new Outcome(List.copyOf(found), null);
        }
        return new Outcome(List.of(), DatasetPreparer.plan(opened, probes, settings.build()));
    }
}
