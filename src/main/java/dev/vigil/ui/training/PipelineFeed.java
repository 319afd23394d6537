package dev.vigil.ui.training;

import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.training.EpochRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * What the running pipeline tells the training screen, from its worker thread: the run folder and the history so far
 * go to the UI thread; log lines and epochs go to feeds that batch them there.
 */
final class PipelineFeed implements ExperimentPipeline.Listener {

    /** Where each piece goes; {@code runFolder} and {@code history} are called on the UI thread. */
    record Sinks(Consumer<Path> runFolder, Consumer<List<EpochRecord>> history, Consumer<EpochRecord> epoch,
                 Consumer<String> trainingLog, Consumer<String> workbenchLog) {
    }

    private final Executor uiThread;
    private final Sinks sinks;

    PipelineFeed(Executor uiThread, Sinks sinks) {
        this.uiThread = uiThread;
        this.sinks = sinks;
    }

    @Override
    public void onRunFolder(Path dir) {
        uiThread.execute(() -> sinks.runFolder().accept(dir));
        sinks.trainingLog().accept("Run folder " + dir);
    }

    @Override
    public void onStage(String stage, String message) {
        sinks.trainingLog().accept(message);
    }

    @Override
    public void onClipFailed(String failure) {
        sinks.trainingLog().accept("Skipped " + failure);
        sinks.workbenchLog().accept("Skipped " + failure);
    }

    @Override
    public void onClipNoted(String note) {
        sinks.trainingLog().accept("Note: " + note);
        sinks.workbenchLog().accept("Note: " + note);
    }

    @Override
    public void onStart(int total, int batchesPerEpoch, List<EpochRecord> history) {
        sinks.trainingLog().accept("Training " + total + " epochs of " + batchesPerEpoch + " batches"
                + (history.isEmpty() ? "" : ", from epoch " + (history.size() + 1)));
        List<EpochRecord> done = List.copyOf(history);
        uiThread.execute(() -> sinks.history().accept(done));
    }

    @Override
    public void onEpoch(EpochRecord record, boolean best) {
        sinks.epoch().accept(record);
    }
}
