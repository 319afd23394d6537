package dev.vigil.ui.run;

import dev.vigil.ui.results.ScoredClip;
import dev.vigil.ui.training.EpochPoint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the workbench shows of a finished run.
 *
 * @param folder    the run folder
 * @param history   loss per epoch from history.csv (empty when the run has none)
 * @param detectors per detector name, its score for every clip, in scores.csv order
 * @param threshold the threshold report.json chose, or NaN
 */
public record RunContents(Path folder, List<EpochPoint> history, Map<String, List<ScoredClip>> detectors,
                          double threshold) {

    /** The detector shown first: the autoencoder when the run has one, else the first column. */
    public String mainDetector() {
        return detectors.keySet().stream().filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains("autoencoder"))
                .findFirst().orElse(detectors.keySet().stream().findFirst().orElse(""));
    }
}
