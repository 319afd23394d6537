package dev.vigil.experiment.run;

import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSuggestion;
import dev.vigil.evaluation.ThresholdSweep;

import java.util.List;

/**
 * {@code report.json}: for each detector, the threshold-free metrics, the chosen threshold and what it does.
 * Undefined values (an AUROC without anomalies) are written as the string {@code "NaN"}.
 *
 * @param created    when the report was made (ISO-8601)
 * @param backbone   the backbone id
 * @param detectors  one entry per detector, in score-table order
 */
public record RunReport(String created, String backbone, List<DetectorReport> detectors) {

    public RunReport {
        detectors = List.copyOf(detectors);
    }

    /**
     * One detector's results.
     *
     * @param detector        detector id (its score column)
     * @param name            readable name with settings
     * @param auroc           anomalies against held-out normal clips
     * @param averagePrecision AUPRC as average precision
     * @param anomalies       anomalies compared
     * @param heldOutNormals  normal validation and test clips compared
     * @param unscored        clips without a score
     * @param threshold       the chosen threshold and how it was found
     * @param accuracy        the reference's accuracy table at that threshold
     * @param confusion       counts and rates at that threshold
     */
    public record DetectorReport(String detector, String name, double auroc, double averagePrecision, int anomalies,
                                 int heldOutNormals, int unscored, ThresholdRow threshold,
                                 List<AccuracyRow> accuracy, ConfusionRow confusion) {

        public DetectorReport {
            accuracy = List.copyOf(accuracy);
        }

        /** Summarises a sweep at a chosen threshold. */
        public static DetectorReport of(String detector, String name, ThresholdSweep sweep,
                                        ThresholdSuggestion threshold) {
            ThresholdResult result = sweep.at(threshold.threshold());
            List<AccuracyRow> rows = result.accuracy().stream().map(AccuracyRow::of).toList();
            return new DetectorReport(detector, name, sweep.auroc(), sweep.averagePrecision(), sweep.positives(),
                    sweep.negatives(), sweep.unscored(), new ThresholdRow(threshold.method().id(),
                    threshold.threshold(), threshold.reason()), rows, ConfusionRow.of(result.confusion()));
        }
    }

    /** The chosen threshold: method id (as in configs), value, and why. */
    public record ThresholdRow(String method, double value, String reason) {
    }

    /** A row of the accuracy table: split id, clips, clips flagged, accuracy. */
    public record AccuracyRow(String split, int clips, int flagged, double accuracy) {

        static AccuracyRow of(SplitAccuracy a) {
            return new AccuracyRow(a.split().id(), a.clips(), a.flagged(), a.accuracy());
        }
    }

    /** Confusion counts with their rates. */
    public record ConfusionRow(int truePositives, int falsePositives, int trueNegatives, int falseNegatives,
                               double precision, double recall, double f1, double falsePositiveRate) {

        static ConfusionRow of(Confusion c) {
            return new ConfusionRow(c.truePositives(), c.falsePositives(), c.trueNegatives(), c.falseNegatives(),
                    c.precision(), c.recall(), c.f1(), c.falsePositiveRate());
        }
    }
}
