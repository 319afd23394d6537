package dev.vigil.cli;

import dev.vigil.dataset.Split;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The detector table a command printed, read back and checked against a score table recomputed from scratch. */
record PrintedReport(List<Row> rows) {

    private static final Pattern ROW = Pattern.compile("^(\\w+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"
            + "((?:\\s+(?:-|\\S+ \\(\\d+/\\d+\\))){4})\\s*$");
    private static final Pattern CELL = Pattern.compile("(-)|(\\S+) \\((\\d+)/(\\d+)\\)");
    private static final Pattern CONFUSION = Pattern.compile("TP (\\d+)  FP (\\d+)  TN (\\d+)  FN (\\d+)");

    /** One printed row: detector, AUROC and AUPRC as printed, threshold, and the four split cells. */
    record Row(String detector, String auroc, String auprc, double threshold, String method, List<String> cells,
               String confusion) {
    }

    /** Reads the comparison table and the confusion line of each detector's detail block. */
    static PrintedReport parse(String out) {
        List<Row> rows = new ArrayList<>();
        String[] lines = out.split("\\R");
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && !m.group(1).equals("detector")) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(m.group(6));
                while (cell.find()) {
                    cells.add(cell.group());
                }
                rows.add(new Row(m.group(1), m.group(2), m.group(3), Double.parseDouble(m.group(4)), m.group(5),
                        cells, confusionOf(lines, m.group(1))));
            }
        }
        assertFalse(rows.isEmpty(), "no detector table in:\n" + out);
        return new PrintedReport(rows);
    }

    private static String confusionOf(String[] lines, String detector) {
        boolean inBlock = false;
        for (String line : lines) {
            if (line.startsWith(detector + ": ")) {
                inBlock = true;
            } else if (inBlock) {
                Matcher m = CONFUSION.matcher(line);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /**
     * Checks every printed number against the scores: AUROC and AUPRC, and at the given full-precision threshold
     * (the printed one is rounded) the accuracy and counts of each split and the confusion counts.
     *
     * @param thresholds full-precision threshold of each detector, in row order
     */
    void assertAgreesWith(ScoreTable scores, List<Double> thresholds) {
        assertEquals(scores.detectors().size(), rows.size(), "one printed row per score column");
        List<Split> splits = List.of(Split.TRAIN, Split.VAL, Split.TEST, Split.ANOMALY);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            ThresholdSweep sweep = ThresholdSweep.of(scores, row.detector());
            assertEquals(ReportText.number(sweep.auroc()), row.auroc(), row.detector() + " AUROC");
            assertEquals(ReportText.number(sweep.averagePrecision()), row.auprc(), row.detector() + " AUPRC");
            double threshold = thresholds.get(r);
            assertEquals(ReportText.threshold(threshold), String.format(Locale.ROOT, "%.6g", row.threshold()),
                    row.detector() + " threshold");
            ThresholdResult result = sweep.at(threshold);
            for (int s = 0; s < splits.size(); s++) {
                SplitAccuracy a = result.of(splits.get(s));
                int right = splits.get(s) == Split.ANOMALY ? a.flagged() : a.clips() - a.flagged();
                String expected = a.clips() == 0 ? "-" : ReportText.number(a.accuracy()) + " (" + right + "/"
                        + a.clips() + ")";
                assertEquals(expected, row.cells().get(s), row.detector() + " " + splits.get(s).id());
            }
            var c = result.confusion();
            assertEquals("TP " + c.truePositives() + "  FP " + c.falsePositives() + "  TN " + c.trueNegatives()
                    + "  FN " + c.falseNegatives(), row.confusion(), row.detector() + " confusion");
        }
    }
}
