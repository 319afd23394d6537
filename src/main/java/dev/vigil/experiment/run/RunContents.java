package dev.vigil.experiment.run;

import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.training.EpochRecord;

import java.util.List;
import java.util.Optional;

/**
 * What a run folder holds.
 *
 * @param name          the run's name (its folder)
 * @param config        the experiment config
 * @param history       the epochs trained so far (empty when the autoencoder was not trained)
 * @param scores        the score table, once scoring finished
 * @param report        the report, once the run finished
 * @param resumable     whether a latest checkpoint exists to resume training from
 */
public record RunContents(String name, ExperimentConfig config, List<EpochRecord> history,
                          Optional<ScoreTable> scores, Optional<RunReport> report, boolean resumable) {

    public RunContents {
        history = List.copyOf(history);
    }

    /** A finished run has its report. */
    public boolean complete() {
        return report.isPresent();
    }
}
