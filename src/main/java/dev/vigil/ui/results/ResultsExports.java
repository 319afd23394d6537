package dev.vigil.ui.results;

import dev.vigil.experiment.bundle.RunBundles;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.report.ReportWriter;
import dev.vigil.ui.common.ChartImage;
import dev.vigil.ui.task.BackgroundTask;
import dev.vigil.ui.task.TaskExecutor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the results screen exports: the clip and accuracy tables, a portable detector bundle, the run's report, and
 * all of File ▸ Export at once. Each export takes the results as shown when it was asked for.
 */
public final class ResultsExports {

    private final TaskExecutor executor;
    private final Supplier<ResultsSnapshot> shown;

    ResultsExports(TaskExecutor executor, Supplier<ResultsSnapshot> shown) {
        this.executor = executor;
        this.shown = shown;
    }

    /** Writes the clips the table shows, with their verdicts at the current threshold. */
    public void clipsCsv(Path file) throws IOException {
        ResultsSnapshot now = shown.get();
        ResultsExport.clips(file, now.visible(), now.threshold());
    }

    /**
     * Writes the accuracy table ({@code split,clips,flagged,accuracy}) to {@code file} and the threshold's other
     * measures ({@code measure,value}: detector, threshold, AUROC, average precision, precision, recall, F1, FPR and
     * the counts) beside it as {@code <name>-metrics.csv}.
     *
     * @return the metrics file
     */
    public Path accuracyCsv(Path file) throws IOException {
        return accuracyCsv(shown.get(), file);
    }

    private static Path accuracyCsv(ResultsSnapshot now, Path file) throws IOException {
        if (now.detector() == null) {
            throw new IOException("no results to export");
        }
        return ResultsExport.accuracy(file, now.detector(), now.result());
    }

    /**
     * File ▸ Export, in the background: the clip table as {@code csv}, the accuracy table beside it as
     * {@code <name>-accuracy.csv} (with its measures), and the charts drawn for it.
     *
     * @param written receives the line that says what was written
     * @param failed  receives why not
     */
    public void all(Path csv, List<ChartImage> charts, Consumer<String> written, Consumer<String> failed) {
        ResultsSnapshot now = shown.get();
        Path accuracy = ExportNames.sibling(csv, ".csv", "-accuracy.csv");
        BackgroundTask<Path> export = new BackgroundTask<>("Export results " + csv.getFileName()) {
            @Override
            protected Path call(ProgressListener progress, CancellationToken cancellation) throws IOException {
                ResultsExport.clips(csv, now.visible(), now.threshold());
                Path metrics = accuracyCsv(now, accuracy);
                for (ChartImage chart : charts) {
                    chart.write();
                }
                return metrics;
            }
        };
        String chartNames = charts.isEmpty() ? "" : " and the charts " + charts.get(0).file().getFileName()
                + " (with -roc and -pr)";
        export.onSuccess(metrics -> written.accept("Exported results to " + csv + ", " + accuracy.getFileName() + ", "
                        + metrics.getFileName() + chartNames))
                .onFailure(error -> failed.accept("Export failed: " + BackgroundTask.describe(error)));
        executor.execute(export);
    }

    /**
     * Writes the detector shown, fitted as the run left it, with the current threshold, as a portable bundle
     * ({@link RunBundles#export}), in the background.
     *
     * @param written receives the bundle file and the threshold it carries
     * @param failed  receives why it could not be written (an unfinished run, a missing detector file, ...)
     */
    public void bundle(Path file, BiConsumer<Path, Double> written, Consumer<String> failed) {
        ResultsSnapshot now = shown.get();
        if (!now.fromRun() || now.detector() == null) {
            failed.accept("No run's results are shown: open a finished run first");
            return;
        }
        double at = now.threshold();
        BackgroundTask<Path> export = new BackgroundTask<>("Export bundle " + file.getFileName()) {
            @Override
            protected Path call(ProgressListener progress, CancellationToken cancellation) throws IOException {
                return RunBundles.export(now.results().runDir(), now.detector().id(), at, file);
            }
        };
        export.onSuccess(out -> written.accept(out, at))
                .onFailure(error -> failed.accept("Bundle not written to " + file + ": " + BackgroundTask.describe(error)));
        executor.execute(export);
    }

    /**
     * Writes the shown run's shareable report (an HTML page with its charts embedded) in the background. The report
     * is of the run as written: its own thresholds, not the slider's.
     */
    public void report(Path file, Consumer<Path> written, Consumer<String> failed) {
        ResultsSnapshot now = shown.get();
        if (!now.fromRun()) {
            failed.accept("No run's results are shown: open a finished run first");
            return;
        }
        BackgroundTask<Path> report = new BackgroundTask<>("Write report " + file.getFileName()) {
            @Override
            protected Path call(ProgressListener progress, CancellationToken cancellation) throws IOException {
                return ReportWriter.write(now.results().runDir(), file);
            }
        };
        report.onSuccess(written)
                .onFailure(error -> failed.accept("Report not written to " + file + ": " + BackgroundTask.describe(error)));
        executor.execute(report);
    }
}
