package dev.vigil.cli;

import dev.vigil.dataset.ClipProber;
import dev.vigil.dataset.DatasetImport;
import dev.vigil.dataset.DatasetPreparer;
import dev.vigil.dataset.GroupingRule;
import dev.vigil.dataset.InvalidConfigException;
import dev.vigil.dataset.Preparation;
import dev.vigil.dataset.PreparationConfig;
import dev.vigil.dataset.PreparationText;
import dev.vigil.dataset.PreparationWriter;
import dev.vigil.dataset.SourceDataset;
import dev.vigil.dataset.SplitFractions;
import dev.vigil.io.IoErrors;
import dev.vigil.progress.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Imports a dataset folder or manifest and writes a prepared manifest with a report. */
@Command(name = "prepare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Prepare a dataset: group classes, drop unreadable and too short clips, split each normal class into"
                        + " train/val/test, put the anomalous classes in the anomaly split and optionally balance"
                        + " train and val with augmented views.",
                "Writes manifest.csv, preparation.json and preparation.txt into the output folder. The input is"
                        + " only read.",
                "Video extensions: 3g2, 3gp, asf, avi, dv, f4v, flv, m2ts, m2v, m4v, mkv, mov, mp4, mpeg, mpg, mts,"
                        + " mxf, ogv, ts, vob, webm, wmv, y4m. Hidden files and other extensions are ignored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:prepared", "1:nothing usable remains (no clip kept) or the output could not be written",
                "2:wrong settings or input"})
final class PrepareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A dataset folder laid out as <class>/<clip> (clips may sit in sub-folders of their class"
                    + " folder), or a manifest.csv.")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private Path out;

    @Option(names = "--anomalous", split = ",", paramLabel = "CLASS",
            description = "Classes (after grouping) that form the anomaly split. Default: none for a folder, the"
                    + " classes labelled 1 for a manifest.")
    private List<String> anomalous;

    @Option(names = "--group", paramLabel = "PATTERN=CLASS",
            description = "Group source classes, e.g. 'Golf-Swing-*=Golf-Swing' (glob: * and ?; or"
                    + " 'regex:Kick.*=Kicking'). Repeatable; the first matching rule wins.")
    private List<String> groups = new ArrayList<>();

    @Option(names = "--min-duration", paramLabel = "SECONDS", defaultValue = "1.0",
            description = "Drop clips shorter than this (default: ${DEFAULT-VALUE}).")
    private double minDuration;

    @Option(names = "--split", paramLabel = "TRAIN,VAL,TEST", defaultValue = "0.5,0.1,0.4",
            description = "Fractions of each normal class (default: ${DEFAULT-VALUE}).")
    private String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the split (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--balance-train", paramLabel = "VIEWS", defaultValue = "0",
            description = "Balance train to this many views per class with augmented views; 0 = off (default)."
                    + " The reference used 200.")
    private int balanceTrain;

    @Option(names = "--balance-val", paramLabel = "VIEWS", defaultValue = "0",
            description = "Balance val to this many views per class; 0 = off (default). The reference used 10.")
    private int balanceVal;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Probe threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--write-into-dataset",
            description = "Allow an output folder inside the dataset folder (the input manifest is never"
                    + " overwritten).")
    private boolean intoDataset;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SourceDataset source;
        try {
            source = DatasetImport.open(input);
        } catch (IOException e) {
            stderr.println("error: " + IoErrors.describe(e));
            return 2;
        }
        try {
            PreparationConfig config = config(source, stderr);
            stderr.println("found " + source.clips().size() + " candidate clip(s) in " + source.input());
            ProgressLine progress = new ProgressLine(stderr);
            Preparation preparation = DatasetPreparer.prepare(source, config, new ClipProber(threads), progress,
                    CancellationToken.none());
            progress.finish();
            PreparationWriter.Written written = PreparationWriter.write(preparation, out, intoDataset);
            stdout.print(PreparationText.outcome(preparation));
            stdout.println("\nwrote " + written.manifest() + ", " + written.reportJson().getFileName() + " and "
                    + written.reportText().getFileName());
            stdout.flush();
            if (!preparation.usable()) {
                stderr.println("error: nothing usable remains: no clip was kept");
                return 1;
            }
            return 0;
        } catch (InvalidConfigException e) {
            e.problems().forEach(p -> stderr.println("error: " + p));
            return 2;
        } catch (IOException e) {
            stderr.println("error: cannot write the output: " + IoErrors.describe(e));
            return 1;
        }
    }

    /** Every wrong setting at once, so that one run tells the user all there is to fix. */
    private PreparationConfig config(SourceDataset source, PrintWriter stderr) {
        List<String> problems = new ArrayList<>();
        List<GroupingRule> rules = new ArrayList<>();
        for (String rule : groups) {
            try {
                rules.add(GroupingRule.parse(rule));
            } catch (InvalidConfigException e) {
                problems.addAll(e.problems());
            }
        }
        PreparationConfig.Builder builder = PreparationConfig.builder().optGrouping(rules)
                .optMinDurationSeconds(minDuration).optSeed(seed)
                .optBalanceTrain(balanceTrain).optBalanceVal(balanceVal);
        try {
            builder.optSplit(SplitFractions.parse(split));
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        if (threads < 1 || threads > 64) {
            problems.add("threads " + threads + ": must be between 1 and 64");
        }
        List<String> anomalousClasses = anomalous;
        if (anomalousClasses == null) {
            anomalousClasses = DatasetPreparer.labelledAnomalous(source, rules);
            if (!anomalousClasses.isEmpty()) {
                stderr.println("anomalous classes from the manifest's labels: " + String.join(", ", anomalousClasses));
            }
        }
        builder.optAnomalousClasses(anomalousClasses);
        problems.addAll(builder.problems());
        problems.addAll(DatasetPreparer.anomalousProblems(source, rules,
                anomalousClasses.stream().map(String::trim).filter(s -> !s.isEmpty()).toList()));
        problems.addAll(PreparationWriter.outputProblems(source, out, intoDataset));
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return builder.build();
    }
}
