package dev.vigil.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.dataset.Split;
import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report of a run folder: its measures and charts per detector, its loss curve and its whole config. */
final class RunReportPage {

    private RunReportPage() {
    }

    static String html(RunContents run) {
        Html body = new Html();
        body.element("h1", "Vigil run " + run.name());
        RunReport report = run.report().orElse(null);
        body.raw("<p class=\"lead\">").text(report == null ? "An unfinished run: training stopped before scoring."
                : "Backbone " + report.backbone() + " · " + report.detectors().size() + " detector(s) · written "
                + report.created()).raw("</p>\n");
        if (report != null && run.scores().isPresent()) {
            summary(body, report);
            for (RunReport.DetectorReport detector : report.detectors()) {
                detector(body, detector, run.scores().get());
            }
        }
        if (!run.history().isEmpty()) {
            body.element("h2", "Training");
            body.figure(ChartImage.of("Training and validation loss per epoch", ReportCharts.loss(run.history()),
                    900, 380));
        }
        body.element("h2", "Settings");
        body.raw("<pre>").text(prettyConfig(run)).raw("</pre>\n");
        return Html.page("Vigil run " + run.name(), body.toString());
    }

    private static void summary(Html body, RunReport report) {
        body.element("h2", "Detectors");
        List<String[]> rows = new ArrayList<>();
        for (RunReport.DetectorReport d : report.detectors()) {
            rows.add(new String[] {d.name(), number(d.auroc()), number(d.averagePrecision()),
                    number(d.threshold().value()), d.threshold().method()});
        }
        body.table(new String[] {"detector", "AUROC", "AUPRC", "threshold", "chosen by"}, rows);
    }

    private static void detector(Html body, RunReport.DetectorReport d, ScoreTable scores) {
        body.element("h2", d.name());
        body.raw("<p>").text("Threshold " + number(d.threshold().value()) + " (" + d.threshold().reason() + "). "
                + d.anomalies() + " anomalies against " + d.heldOutNormals() + " held-out normal clips.").raw("</p>\n");
        List<String[]> accuracy = new ArrayList<>();
        for (RunReport.AccuracyRow row : d.accuracy()) {
            accuracy.add(new String[] {row.split(), Integer.toString(row.clips()), Integer.toString(row.flagged()),
                    percent(row.accuracy())});
        }
        body.table(new String[] {"split", "clips", "flagged", "accuracy"}, accuracy);
        RunReport.ConfusionRow c = d.confusion();
        body.table(new String[] {"TP", "FP", "TN", "FN", "precision", "recall", "F1", "false-positive rate"},
                List.<String[]>of(new String[] {Integer.toString(c.truePositives()),
                        Integer.toString(c.falsePositives()), Integer.toString(c.trueNegatives()),
                        Integer.toString(c.falseNegatives()), percent(c.precision()), percent(c.recall()),
                        number(c.f1()), percent(c.falsePositiveRate())}));
        if (!scores.has(d.detector())) {
            return;
        }
        ThresholdSweep sweep = ThresholdSweep.of(scores, d.detector());
        double threshold = d.threshold().value();
        Map<String, double[]> bySplit = new LinkedHashMap<>();
        for (Split split : Split.values()) {
            double[] values = sweep.scores(split);
            if (values.length > 0) {
                bySplit.put(split.id(), values);
            }
        }
        body.figure(ChartImage.of("Scores per split, " + d.name(), ReportCharts.boxPlot("Scores per split", bySplit,
                threshold), 520, 360));
        body.figure(ChartImage.of("Scores per class, " + d.name(), ReportCharts.boxPlot("Scores per class",
                byClass(scores, d.detector()), threshold), 520, 360));
        Confusion at = sweep.at(threshold).confusion();
        body.figure(ChartImage.of("ROC, " + d.name(), ReportCharts.curve("ROC · AUROC " + number(sweep.auroc()),
                "false-positive rate", "true-positive rate", sweep.roc(),
                new double[] {at.falsePositiveRate(), at.recall()}), 420, 380));
        body.figure(ChartImage.of("Precision–recall, " + d.name(), ReportCharts.curve("Precision–recall · AUPRC "
                + number(sweep.averagePrecision()), "recall", "precision", sweep.precisionRecall(),
                new double[] {at.recall(), at.precision()}), 420, 380));
    }

    private static Map<String, double[]> byClass(ScoreTable scores, String detector) {
        Map<String, List<Double>> grouped = new LinkedHashMap<>();
        double[] values = scores.scores(detector);
        for (int i = 0; i < values.length; i++) {
            grouped.computeIfAbsent(scores.clips().get(i).className(), key -> new ArrayList<>()).add(values[i]);
        }
        Map<String, double[]> classes = new LinkedHashMap<>();
        grouped.forEach((name, list) -> classes.put(name, list.stream().mapToDouble(Double::doubleValue).toArray()));
        return classes;
    }

    private static String prettyConfig(RunContents run) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(run.config().tree());
        } catch (JsonProcessingException e) {
            return run.config().tree().toString();
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.4g", value);
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }
}
