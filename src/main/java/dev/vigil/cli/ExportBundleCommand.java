package dev.vigil.cli;

import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.RunBundles;
import dev.vigil.experiment.bundle.TimelineBundle;
import dev.vigil.experiment.bundle.TimelineBundles;
import dev.vigil.io.IoErrors;
import dev.vigil.io.OutputPaths;
import dev.vigil.timeline.folder.TimelineFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Writes one detector of a finished run, or the detector of a timeline output folder, as a portable bundle. */
@Command(name = "export-bundle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export one detector of a finished run as a detector bundle (.vigil): the backbone's model "
                + "card, the preprocessing, the fitted detector, its threshold and, after fine-tuning, the tuned "
                + "backbone parameters. `vigil score` applies it to new videos.",
                "Given a timeline output folder (`vigil timeline --out`), writes a timeline bundle instead: the "
                        + "backbone's model card, the detector, the windows, aggregation, smoothing, threshold and "
                        + "segment rules, and the anomaly-map model, so that `vigil score` scores long videos as the "
                        + "timeline run did."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the run or timeline folder cannot give a bundle (the reason is printed)",
                "2:wrong options (e.g. the output exists)"})
final class ExportBundleCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run folder, or a timeline output folder.")
    private Path run;

    @Option(names = "--detector", paramLabel = "ID",
            description = "autoencoder, knn, gaussian or centroid; default: autoencoder. A timeline folder has one "
                    + "detector: not taken there.")
    private String detector;

    @Option(names = "--threshold", paramLabel = "X",
            description = "The bundle's threshold; default: the one in the run's report.json (a timeline folder's: "
                    + "the one in its timeline.json).")
    private Double threshold;

    @Option(names = "--out", required = true, paramLabel = "FILE.vigil", description = "The bundle to write.")
    private Path out;

    @Option(names = "--overwrite", description = "Replace an existing bundle file.")
    private boolean overwrite;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !overwrite) {
            err.println("export-bundle: " + out + " exists; give --overwrite to replace it");
            return 2;
        }
        Optional<String> unwritable = OutputPaths.fileProblem(out);
        if (unwritable.isPresent()) {
            err.println("export-bundle: --out " + unwritable.get());
            return 2;
        }
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(DetectorBundle.EXTENSION)) {
            err.println("export-bundle: note: " + out + " does not end in " + DetectorBundle.EXTENSION);
        }
        boolean timeline = TimelineFolder.isTimeline(run);
        if (timeline && detector != null) {
            err.println("export-bundle: --detector: " + run + " is a timeline folder, which has one detector");
            return 2;
        }
        try {
            if (timeline) {
                TimelineBundles.export(run, threshold, out);
                try (TimelineBundle written = TimelineBundle.read(out)) {
                    spec.commandLine().getOut().println("wrote " + out.toAbsolutePath() + ": timeline bundle "
                            + written.name() + ", " + written.detector().name() + ", threshold "
                            + ReportText.threshold(written.threshold().value()) + " (" + written.threshold().source()
                            + ")" + (written.maps() == null ? "" : ", with the anomaly-map model"));
                }
                return 0;
            }
            RunBundles.export(run, detector != null ? detector : "autoencoder", threshold, out);
            try (DetectorBundle written = DetectorBundle.read(out)) {
                spec.commandLine().getOut().println("wrote " + out.toAbsolutePath() + ": " + written.name() + ", "
                        + written.detector().name() + ", threshold " + ReportText.threshold(written.threshold())
                        + " (" + written.thresholdMethod() + ")" + (written.tunedBackbone() == null ? ""
                        : ", with the fine-tuned backbone parameters"));
            }
            return 0;
        } catch (IOException e) {
            err.println("export-bundle: " + IoErrors.describe(e));
            return 1;
        }
    }
}
