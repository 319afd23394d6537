package dev.vigil.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A result set as the results screen shows it: every detector of a run, prepared off the UI thread.
 *
 * @param title     what the results are of, e.g. the run's name
 * @param runDir    the run folder, where the chosen thresholds are kept; null for results not from a run
 * @param detectors one entry per score column, in the run's order
 * @param preferred the detector shown first
 */
public record RunResults(String title, Path runDir, List<DetectorResults> detectors, String preferred) {

    public RunResults {
        detectors = List.copyOf(detectors);
    }

    public Optional<DetectorResults> detector(String id) {
        return detectors.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
