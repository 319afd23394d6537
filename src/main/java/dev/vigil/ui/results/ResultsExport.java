package dev.vigil.ui.results;

import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The results screen's CSV files; each is written atomically. */
final class ResultsExport {

    private ResultsExport() {
    }

    /** {@code path,class,split,label,score,verdict} for each clip. */
    static void clips(Path file, List<ScoredClip> clips, double threshold) throws IOException {
        StringBuilder out = new StringBuilder(Csv.line("path", "class", "split", "label", "score", "verdict"));
        for (ScoredClip clip : clips) {
            out.append(Csv.line(clip.path(), clip.className(), clip.splitName(), clip.anomaly() ? "1" : "0",
                    Double.isNaN(clip.score()) ? "" : Double.toString(clip.score()),
                    clip.verdict(threshold)));
        }
        AtomicFiles.writeString(file, out.toString());
    }

    /** The accuracy table in {@code file}, the other measures in {@code <name>-metrics.csv}; returns the latter. */
    static Path accuracy(Path file, DetectorResults detector, ThresholdResult result) throws IOException {
        StringBuilder table = new StringBuilder(Csv.line("split", "clips", "flagged", "accuracy"));
        for (SplitAccuracy row : result.accuracy()) {
            if (row.clips() > 0) {
                table.append(Csv.line(row.split().id(), Integer.toString(row.clips()), Integer.toString(row.flagged()),
                        Double.toString(row.accuracy())));
            }
        }
        Confusion c = result.confusion();
        StringBuilder metrics = new StringBuilder(Csv.line("measure", "value"));
        metrics.append(Csv.line("detector", detector.id()));
        metrics.append(Csv.line("threshold", Double.toString(result.threshold())));
        metrics.append(Csv.line("auroc", number(detector.sweep().auroc())));
        metrics.append(Csv.line("average_precision", number(detector.sweep().averagePrecision())));
        metrics.append(Csv.line("precision", number(c.precision())));
        metrics.append(Csv.line("recall", number(c.recall())));
        metrics.append(Csv.line("f1", number(c.f1())));
        metrics.append(Csv.line("false_positive_rate", number(c.falsePositiveRate())));
        metrics.append(Csv.line("true_positives", Integer.toString(c.truePositives())));
        metrics.append(Csv.line("false_positives", Integer.toString(c.falsePositives())));
        metrics.append(Csv.line("true_negatives", Integer.toString(c.trueNegatives())));
        metrics.append(Csv.line("false_negatives", Integer.toString(c.falseNegatives())));
        Path metricsFile = ExportNames.sibling(file, ".csv", "-metrics.csv");
        AtomicFiles.writeString(file, table.toString());
        AtomicFiles.writeString(metricsFile, metrics.toString());
        return metricsFile;
    }

    /** NaN (undefined) as an empty cell, as scores.csv writes it. */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
