package dev.vigil.cli;

import dev.vigil.experiment.run.RunReport;

import java.util.List;
import java.util.Locale;

/**
 * A run's report as terminal text: the comparison of the detectors (AUROC, AUPRC and the reference's accuracy table
 * at each one's threshold), and each detector's confusion counts and rates. Numbers are printed from the report,
 * which is computed from {@code scores.csv}, so what the terminal shows is what the run folder holds.
 */
final class ReportText {

    private static final List<String> SPLITS = List.of("train", "val", "test", "anomaly");

    private ReportText() {
    }

    /** One row per detector: AUROC, AUPRC, threshold, method and accuracy per split. */
    static String comparison(List<RunReport.DetectorReport> detectors) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-12s %7s %7s %12s  %-15s", "detector", "AUROC", "AUPRC",
                "threshold", "method"));
        for (String split : SPLITS) {
            out.append(String.format(Locale.ROOT, " %13s", split));
        }
        out.append('\n');
        for (RunReport.DetectorReport d : detectors) {
            out.append(String.format(Locale.ROOT, "%-12s %7s %7s %12s  %-15s", d.detector(), number(d.auroc()),
                    number(d.averagePrecision()), threshold(d.threshold().value()), d.threshold().method()));
            for (String split : SPLITS) {
                out.append(String.format(Locale.ROOT, " %13s", accuracy(row(d, split))));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A detector in detail: name, threshold and why, accuracy per split with counts, confusion and rates. */
    static String detail(RunReport.DetectorReport d) {
        StringBuilder out = new StringBuilder();
        out.append(d.detector()).append(": ").append(d.name()).append('\n');
        out.append(String.format(Locale.ROOT, "  AUROC %s  AUPRC %s  (%d anomalies against %d held-out normal clips"
                        + "%s)%n", number(d.auroc()), number(d.averagePrecision()), d.anomalies(), d.heldOutNormals(),
                d.unscored() > 0 ? ", " + d.unscored() + " unscored" : ""));
        out.append(String.format(Locale.ROOT, "  threshold %s  (%s: %s)%n", threshold(d.threshold().value()),
                d.threshold().method(), d.threshold().reason()));
        out.append(String.format(Locale.ROOT, "  %-8s %6s %8s %9s%n", "split", "clips", "flagged", "accuracy"));
        for (RunReport.AccuracyRow row : d.accuracy()) {
            if (row.clips() > 0) {
                out.append(String.format(Locale.ROOT, "  %-8s %6d %8d %9s%n", row.split(), row.clips(),
                        row.flagged(), number(row.accuracy())));
            }
        }
        RunReport.ConfusionRow c = d.confusion();
        out.append(String.format(Locale.ROOT, "  TP %d  FP %d  TN %d  FN %d   precision %s  recall %s  F1 %s  FPR %s%n",
                c.truePositives(), c.falsePositives(), c.trueNegatives(), c.falseNegatives(), number(c.precision()),
                number(c.recall()), number(c.f1()), number(c.falsePositiveRate())));
        return out.toString();
    }

    private static RunReport.AccuracyRow row(RunReport.DetectorReport d, String split) {
        return d.accuracy().stream().filter(r -> r.split().equals(split)).findFirst().orElse(null);
    }

    /** "0.917 (33/36)": the reference's accuracy of a split and the clips it counts; "-" for an empty split. */
    static String accuracy(RunReport.AccuracyRow row) {
        if (row == null || row.clips() == 0) {
            return "-";
        }
        int right = row.split().equals("anomaly") ? row.flagged() : row.clips() - row.flagged();
        return number(row.accuracy()) + " (" + right + "/" + row.clips() + ")";
    }

    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Enough digits to find the threshold again in report.json. */
    static String threshold(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
