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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    /** The clip table in the background, as {@link #clipsCsv}; {@code written} gets the line to log. */
    public void clipsInBackground(Path file, Consumer<String> written, Consumer<String> failed) {
        ResultsSnapshot now = shown.get();
        inBackground("Export clip table " + file.getFileName(), () -> {
            ResultsExport.clips(file, now.visible(), now.threshold());
            return "Exported " + now.visible().size() + " clips to " + file;
        }, written, error -> failed.accept("Export to " + file + " failed: " + error));
    }

    /** The accuracy table and its measures in the background, as {@link #accuracyCsv}. */
    public void accuracyInBackground(Path file, Consumer<String> written, Consumer<String> failed) {
        ResultsSnapshot now = shown.get();
        inBackground("Export accuracy table " + file.getFileName(), () -> "Exported the accuracy table to " + file
                + " and the measures to " + accuracyCsv(now, file), written,
                error -> failed.accept("Export to " + file + " failed: " + error));
    }

    /** Charts drawn on the UI thread, written in the background. */
    public void chartsInBackground(List<ChartImage> charts, Consumer<String> written, Consumer<String> failed) {
        Path first = charts.get(0).file();
        inBackground("Export charts " + first.getFileName(), () -> {
            List<String> files = new ArrayList<>();
            for (ChartImage chart : charts) {
                files.add(chart.write().toString());
            }
            return "Exported the charts to " + String.join(", ", files);
        }, written, error -> failed.accept("Export to " + first + " failed: " + error));
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
        inBackground("Export results " + csv.getFileName(), () -> {
            ResultsExport.clips(csv, now.visible(), now.threshold());
            Path metrics = accuracyCsv(now, accuracy);
            for (ChartImage chart : charts) {
                chart.write();
            }
            return "Exported results to " + csv + ", " + accuracy.getFileName() + ", " + metrics.getFileName()
                    + " and the charts " + charts.get(0).file().getFileName() + " (with -roc and -pr)";
        }, written, error -> failed.accept("Export failed: " + error));
    }

    /**
     * Writes files as one named job (shown in the status bar, cancellable, logged); the line it returns goes to
     * {@code written}, or the reason it failed to {@code failed}.
     */
    private void inBackground(String title, Callable<String> write, Consumer<String> written,
                              Consumer<String> failed) {
        BackgroundTask<String> export = new BackgroundTask<>(title) {
            @Override
            protected String call(ProgressListener progress, CancellationToken cancellation) throws Exception {
                return write.call();
            }
        };
        export.onSuccess(written).onFailure(error -> failed.accept(BackgroundTask.describe(error)));
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
