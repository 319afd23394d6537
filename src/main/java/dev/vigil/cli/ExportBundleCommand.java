package dev.vigil.cli;

import dev.vigil.experiment.DetectorBundle;
import dev.vigil.experiment.RunBundles;
import dev.vigil.io.IoErrors;
import dev.vigil.io.OutputPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Writes one detector of a finished run as a portable bundle. */
@Command(name = "export-bundle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export one detector of a finished run as a detector bundle (.vigil): the backbone's model "
                + "card, the preprocessing, the fitted detector, its threshold and, after fine-tuning, the tuned "
                + "backbone parameters. `vigil score` applies it to new videos."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the run cannot give a bundle (the reason is printed)",
                "2:wrong options (e.g. the output exists)"})
final class ExportBundleCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A finished run folder.")
    private Path run;

    @Option(names = "--detector", paramLabel = "ID", defaultValue = "autoencoder",
            description = "autoencoder, knn, gaussian or centroid; default: ${DEFAULT-VALUE}.")
    private String detector;

    @Option(names = "--threshold", paramLabel = "X",
            description = "The bundle's threshold; default: the one in the run's report.json.")
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
        try {
            RunBundles.export(run, detector, threshold, out);
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
