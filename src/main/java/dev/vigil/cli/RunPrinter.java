package dev.vigil.cli;

import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.training.BatchEvent;
import dev.vigil.training.EpochRecord;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tells on the terminal how an experiment goes: stages and skipped clips on stderr with a progress line for the
 * long steps (embedding, training, detectors), and the loss of each epoch on stdout.
 */
final class RunPrinter implements ExperimentPipeline.Listener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final int epochEvery;
    private final ProgressLine progress;
    private ProgressMeter training;
    private int epochs;
    private Path folder;

    /**
     * @param epochEvery print every epoch when 1; else the first, every n-th, the last and each new best
     */
    RunPrinter(PrintWriter out, PrintWriter err, int epochEvery) {
        this.out = out;
        this.err = err;
        this.epochEvery = Math.max(1, epochEvery);
        this.progress = new ProgressLine(err);
    }

    /** The run folder, once the pipeline made or opened it. */
    Path folder() {
        return folder;
    }

    @Override
    public void onRunFolder(Path dir) {
        folder = dir;
        err.println("run folder: " + dir.toAbsolutePath());
        err.flush();
    }

    @Override
    public void onStage(String stage, String message) {
        progress.finish();
        err.println(stage + ": " + message);
        err.flush();
    }

    @Override
    public void onProgress(Progress p) {
        progress.onProgress(p);
    }

    @Override
    public void onClipFailed(String failure) {
        progress.finish();
        err.println("skipped clip " + failure);
        err.flush();
    }

    @Override
    public void onClipNoted(String note) {
        progress.finish();
        err.println("note: clip " + note);
        err.flush();
    }

    @Override
    public void onStart(int epochs, int batchesPerEpoch, List<EpochRecord> history) {
        progress.finish();
        this.epochs = epochs;
        int left = Math.max(0, epochs - history.size());
        training = new ProgressMeter("train", (long) left * batchesPerEpoch, progress);
        out.printf(Locale.ROOT, "training the autoencoder: %d epochs of %d batches%s%n", epochs, batchesPerEpoch,
                history.isEmpty() ? "" : ", resuming after epoch " + history.size());
        out.flush();
    }

    @Override
    public void onNote(String note) {
        progress.finish();
        err.println("note: " + note);
        err.flush();
    }

    @Override
    public void onBatch(BatchEvent event) {
        if (training != null) {
            training.advance(1, String.format(Locale.ROOT, "epoch %d/%d  loss %.4f", event.epoch(), epochs,
                    event.loss()));
        }
    }

    @Override
    public void onEpoch(EpochRecord record, boolean best) {
        boolean show = epochEvery == 1 || record.epoch() == 1 || record.epoch() % epochEvery == 0
                || record.epoch() == epochs;
        if (!show) {
            return;
        }
        progress.finish();
        out.println(epochLine(record, epochs, best));
        out.flush();
    }

    static String epochLine(EpochRecord record, int epochs, boolean best) {
        String width = Integer.toString(Integer.toString(epochs).length());
        return String.format(Locale.ROOT, "epoch %" + width + "d/%d  lr %.2e  train loss %.4f  val loss %s%s",
                record.epoch(), epochs, record.learningRate(), record.trainLoss(),
                Double.isNaN(record.validationLoss()) ? "-" : String.format(Locale.ROOT, "%.4f",
                        record.validationLoss()), best ? "  (best)" : "");
    }

    /** Ends a progress line still open, before other output. */
    void finish() {
        progress.finish();
    }
}
