package dev.vigil.cli;

import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.evaluation.ThresholdSuggestion;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.experiment.RunEvaluation;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.io.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** Evaluates a run's scores at a threshold: the reference's accuracy table, confusion counts and AUROC. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a run from its scores.csv: per detector the reference's accuracy table per split, "
                + "TP/FP/TN/FN, precision, recall, F1, false-positive rate, AUROC and AUPRC.",
                "The threshold is the one in report.json unless --threshold or --suggest chooses another; "
                        + "--write keeps the new one in report.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "1:the run cannot be read", "2:wrong options, or the suggestion needs data the "
                + "run lacks"})
final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder.")
    private Path run;

    @Option(names = "--detector", paramLabel = "ID", description = "Only this detector; default: all.")
    private String detector;

    @Option(names = "--threshold", paramLabel = "X", description = "Evaluate at this threshold.")
    private Double threshold;

    @Option(names = "--suggest", paramLabel = "METHOD",
            description = "Choose the threshold: maxf1 (highest F1), youden (highest TPR − FPR) or percentile "
                    + "(of the validation scores).")
    private String suggest;

    @Option(names = "--percentile", paramLabel = "P", defaultValue = "95",
            description = "The percentile for --suggest percentile; default: ${DEFAULT-VALUE}.")
    private double percentile;

    @Option(names = "--write", description = "Write the evaluated threshold and its results into report.json.")
    private boolean write;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threshold != null && suggest != null) {
            err.println("evaluate: give --threshold or --suggest, not both");
            return 2;
        }
        ThresholdMethod method;
        try {
            method = suggest == null ? null : method(suggest);
        } catch (IllegalArgumentException e) {
            err.println("evaluate: --suggest " + IoErrors.describe(e));
            return 2;
        }
        RunFolder folder;
        RunContents contents;
        try {
            folder = RunFolder.open(run);
            contents = folder.read();
        } catch (IOException e) {
            err.println("evaluate: " + IoErrors.describe(e));
            return 1;
        }
        if (contents.scores().isEmpty()) {
            err.println("evaluate: run " + run + " has no " + RunFolder.SCORES + " yet (it stopped before scoring; "
                    + "resume it with vigil train --resume " + run + ")");
            return 1;
        }
        ScoreTable table = contents.scores().get();
        List<String> ids = detector == null ? table.detectors() : List.of(detector);
        if (detector != null && !table.has(detector)) {
            err.println("evaluate: run " + run + " has no detector '" + detector + "' (it has: "
                    + String.join(", ", table.detectors()) + ")");
            return 2;
        }
        List<RunReport.DetectorReport> reports = new ArrayList<>();
        for (String id : ids) {
            ThresholdSweep sweep = ThresholdSweep.of(table, id);
            try {
                reports.add(RunReport.DetectorReport.of(id, name(contents, id), sweep, choose(contents, id, sweep,
                        method)));
            } catch (IllegalStateException | IllegalArgumentException e) {
                err.println("evaluate: " + id + ": " + IoErrors.describe(e));
                return 2;
            }
        }
        out.print(ReportText.comparison(reports));
        out.println();
        reports.forEach(r -> out.print(ReportText.detail(r)));
        out.flush();
        return write ? write(folder, contents, reports, err) : 0;
    }

    private ThresholdSuggestion choose(RunContents contents, String id, ThresholdSweep sweep, ThresholdMethod method) {
        if (threshold != null) {
            return ThresholdSuggestions.manual(threshold);
        }
        if (method != null) {
            return ThresholdSuggestions.choose(sweep, method, percentile, null);
        }
        RunReport.DetectorReport saved = saved(contents, id);
        if (saved != null) {
            return new ThresholdSuggestion(ThresholdMethod.parse(saved.threshold().method()),
                    saved.threshold().value(), saved.threshold().reason());
        }
        return RunEvaluation.threshold(sweep, contents.config().settings(), id);
    }

    private int write(RunFolder folder, RunContents contents, List<RunReport.DetectorReport> reports,
                      PrintWriter err) {
        if (contents.report().isEmpty()) {
            err.println("evaluate: run " + run + " has no report.json to write into (it has not finished)");
            return 1;
        }
        Map<String, RunReport.DetectorReport> merged = new LinkedHashMap<>();
        contents.report().get().detectors().forEach(d -> merged.put(d.detector(), d));
        reports.forEach(d -> merged.put(d.detector(), d));
        RunReport previous = contents.report().get();
        try {
            folder.writeReport(new RunReport(Instant.now().toString(), previous.backbone(),
                    List.copyOf(merged.values())));
            spec.commandLine().getOut().println("wrote the threshold" + (reports.size() > 1 ? "s" : "") + " into "
                    + folder.dir().resolve(RunFolder.REPORT));
            return 0;
        } catch (IOException e) {
            err.println("evaluate: cannot write " + folder.dir().resolve(RunFolder.REPORT) + ": " + IoErrors.describe(e));
            return 1;
        }
    }

    private static RunReport.DetectorReport saved(RunContents contents, String id) {
        return contents.report().flatMap(r -> r.detectors().stream().filter(d -> d.detector().equals(id))
                .findFirst()).orElse(null);
    }

    private static String name(RunContents contents, String id) {
        RunReport.DetectorReport saved = saved(contents, id);
        return saved == null ? id : saved.name();
    }

    /** maxf1, youden or percentile (the config's ids max_f1 and val_percentile too). */
    static ThresholdMethod method(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "maxf1", "f1" -> ThresholdMethod.MAX_F1;
            case "youden", "youdenj", "j" -> ThresholdMethod.YOUDEN;
            case "percentile", "valpercentile" -> ThresholdMethod.VAL_PERCENTILE;
            default -> throw new IllegalArgumentException("'" + text + "': expected maxf1, youden or percentile");
        };
    }
}
