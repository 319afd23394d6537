package dev.vigil.ui.results;

import dev.vigil.evaluation.ThresholdResult;

import java.util.List;

/**
 * The results as the screen shows them at one moment, for an export that runs while the user goes on moving the
 * threshold.
 *
 * @param results   the result set, or null when none is shown
 * @param detector  the detector shown, or null
 * @param threshold the slider's threshold
 * @param result    the table and rates at that threshold, or null without a detector
 * @param visible   the clips the table shows
 */
record ResultsSnapshot(RunResults results, DetectorResults detector, double threshold, ThresholdResult result,
                       List<ScoredClip> visible) {

    ResultsSnapshot {
        visible = List.copyOf(visible);
    }

    /** True when the results are a run's, whose folder has what a bundle or a report is made of. */
    boolean fromRun() {
        return results != null && results.runDir() != null;
    }
}
