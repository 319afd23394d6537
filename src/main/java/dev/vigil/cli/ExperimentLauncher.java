package dev.vigil.cli;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.experiment.BackboneEmbedder;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.ExperimentRun;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.io.IoErrors;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.training.TrainingDivergedException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs an experiment for a command, through the same core path as the workbench's Train button
 * ({@link ExperimentPipeline} with a {@link BackboneEmbedder}), prints how it goes and what came out, and turns
 * every way it can end into an exit code. Ctrl+C stops training at the next batch with a checkpoint, so the run can
 * be resumed.
 */
final class ExperimentLauncher {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_CONFIG = 2;
    static final int STOPPED = 130;

    private final PrintWriter out;
    private final PrintWriter err;
    private final String command;
    private final int epochEvery;
    private final EmbeddingCache cache;
    private final int threads;
    private RunReport report;
    private Path folder;

    /**
     * @param command    the command's name, to begin error lines with
     * @param epochEvery print every epoch's loss when 1, else only some (see {@link RunPrinter})
     * @param cache      the embedding cache, or null for none
     * @param threads    decode workers
     */
    ExperimentLauncher(PrintWriter out, PrintWriter err, String command, int epochEvery, EmbeddingCache cache,
                       int threads) {
        this.out = out;
        this.err = err;
        this.command = command;
        this.epochEvery = epochEvery;
        this.cache = cache;
        this.threads = threads;
    }

    /** The report of the last run, once it finished. */
    RunReport report() {
        return report;
    }

    /** The folder of the last run, once it was made or opened. */
    Path folder() {
        return folder;
    }

    /** Runs a new experiment, or resumes {@code resume} when it is not null; returns the exit code. */
    int run(ExperimentConfig config, Path resume) {
        ExperimentPipeline pipeline = new ExperimentPipeline(new BackboneEmbedder(BackboneRegistry.locate(), cache,
                threads));
        RunPrinter printer = new RunPrinter(out, err, epochEvery);
        CancellationToken token = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            if (finished.getCount() > 0) {
                token.cancel();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "vigil-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (ExperimentRun.Result result = resume == null ? pipeline.run(config, printer, token)
                : pipeline.resume(resume, printer, token)) {
            printer.finish();
            report = result.report();
            folder = printer.folder();
            return OK;
        } catch (ConfigException e) {
            printer.finish();
            err.println(command + ": " + IoErrors.describe(e));
            return BAD_CONFIG;
        } catch (CancelledException e) {
            printer.finish();
            err.println(command + ": stopped" + (printer.folder() == null ? "" : "; continue with: vigil train"
                    + " --resume " + printer.folder()));
            return STOPPED;
        } catch (IOException | RuntimeException e) {
            printer.finish();
            boolean explained = e instanceof IOException || e instanceof UncheckedIOException
                    || e instanceof TrainingDivergedException || e instanceof IllegalStateException;
            err.println(command + ": " + (explained ? IoErrors.describe(e) : "failed: " + e));
            if (printer.folder() != null) {
                err.println(command + ": the run folder " + printer.folder() + " keeps what was done");
            }
            return FAILED;
        } finally {
            folder = printer.folder();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook runs and returns at once, as the run has finished
            }
            out.flush();
            err.flush();
        }
    }

    /** Prints the comparison of the detectors and each one's confusion counts. */
    void printReport() {
        out.println();
        out.print(ReportText.comparison(report.detectors()));
        out.println();
        for (RunReport.DetectorReport detector : report.detectors()) {
            out.print(ReportText.detail(detector));
        }
        out.println();
        out.println("run folder: " + folder.toAbsolutePath());
        out.flush();
    }
}
