package dev.vigil.experiment;

import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.evaluation.ThresholdSuggestion;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.experiment.run.RunReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds a run's {@link RunReport} from its score table and config. */
public final class RunEvaluation {

    private RunEvaluation() {
    }

    /**
     * Evaluates every detector of the table at the threshold the config asks for. When the data cannot give that
     * threshold (max F1 without anomalies), the validation percentile is used instead, and the reason says so.
     *
     * @param names readable detector names by id; an id without a name is shown as is
     * @throws IllegalStateException when a detector's scores allow no threshold at all (no validation clips and
     *                               no anomalies)
     */
    public static RunReport report(ScoreTable table, ExperimentSettings settings, Map<String, String> names,
                                   Instant created) {
        List<RunReport.DetectorReport> reports = new ArrayList<>();
        for (String detector : table.detectors()) {
            ThresholdSweep sweep = ThresholdSweep.of(table, detector);
            ThresholdSuggestion threshold = threshold(sweep, settings, detector);
            reports.add(RunReport.DetectorReport.of(detector, names.getOrDefault(detector, detector), sweep,
                    threshold));
        }
        return new RunReport(created.toString(), settings.backbone(), reports);
    }

    /** The threshold the config asks for, or a fallback the data allow (the reason says so). */
    public static ThresholdSuggestion threshold(ThresholdSweep sweep, ExperimentSettings settings, String detector) {
        ThresholdMethod method = settings.thresholdMethod();
        double percentile = settings.thresholdPercentile();
        try {
            return ThresholdSuggestions.choose(sweep, method, percentile, settings.thresholdValue().orElse(null));
        } catch (IllegalStateException unavailable) {
            for (ThresholdMethod fallback : List.of(ThresholdMethod.VAL_PERCENTILE, ThresholdMethod.MAX_F1)) {
                try {
                    ThresholdSuggestion s = ThresholdSuggestions.choose(sweep, fallback, percentile, null);
                    return new ThresholdSuggestion(s.method(), s.threshold(), s.reason() + " (instead of "
                            + method.id() + ": " + unavailable.getMessage() + ")");
                } catch (IllegalStateException next) {
                    // try the next fallback
                }
            }
            throw new IllegalStateException(detector + ": no threshold can be chosen: there are neither validation "
                    + "clips nor anomalies");
        }
    }
}
