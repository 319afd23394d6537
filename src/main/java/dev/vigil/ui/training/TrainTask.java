package dev.vigil.ui.training;

import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.ExperimentRun;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;
import dev.vigil.training.BatchEvent;
import dev.vigil.training.EpochRecord;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.run.RunLoader;
import dev.vigil.ui.task.BackgroundTask;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The Train button's job: the core's {@link ExperimentPipeline} (embed every clip, train the autoencoder, fit and
 * score every detector, evaluate) from a config into a new run folder, or {@linkplain #resume resumed} in a stopped
 * one; then the finished run is read back for the results screen. Progress becomes the task's progress and message
 * (clips done of total, clips/s and time left while embedding; epoch and batch while training); epochs and stages go
 * to a {@link ExperimentPipeline.Listener} on the worker thread, which the view model hands to the UI thread.
 */
final class TrainTask extends BackgroundTask<RunLoader.LoadedRun> {

    private final ExperimentPipeline pipeline;
    private final ExperimentConfig config;
    private final Path resumeFrom;
    private final ExperimentPipeline.Listener listener;

    private TrainTask(String title, ExperimentPipeline pipeline, ExperimentConfig config, Path resumeFrom,
                      ExperimentPipeline.Listener listener) {
        super(title);
        this.pipeline = pipeline;
        this.config = config;
        this.resumeFrom = resumeFrom;
        this.listener = listener;
    }

    static TrainTask start(ExperimentPipeline pipeline, ExperimentConfig config, ExperimentPipeline.Listener listener) {
        String name = config.settings().runName().orElse("a new run");
        return new TrainTask("Train " + name, pipeline, config, null, listener);
    }

    static TrainTask resume(ExperimentPipeline pipeline, Path runDir, ExperimentPipeline.Listener listener) {
        return new TrainTask("Resume " + runDir.getFileName(), pipeline, null, runDir, listener);
    }

    @Override
    protected RunLoader.LoadedRun call(ProgressListener progress, CancellationToken cancellation) throws Exception {
        Bridge bridge = new Bridge(progress);
        try (ExperimentRun.Result result = config != null ? pipeline.run(config, bridge, cancellation)
                : pipeline.resume(resumeFrom, bridge, cancellation)) {
            progress.onProgress(new Progress("read", 0, -1, 0, -1, "Reading the run's results"));
            return RunLoader.load(bridge.folder);
        }
    }

    /** Passes everything on to the listener, and turns extraction and training into the task's progress. */
    private final class Bridge implements ExperimentPipeline.Listener {
        private final ProgressListener progress;
        private Path folder;
        private int epochs;

        Bridge(ProgressListener progress) {
            this.progress = progress;
        }

        @Override
        public void onRunFolder(Path dir) {
            folder = dir;
            listener.onRunFolder(dir);
        }

        @Override
        public void onStage(String stage, String message) {
            progress.onProgress(new Progress(stage, 0, -1, 0, -1, message));
            listener.onStage(stage, message);
        }

        @Override
        public void onProgress(Progress p) {
            progress.onProgress(new Progress(p.stage(), p.done(), p.total(), p.perSecond(), p.secondsLeft(),
                    describe(p)));
            listener.onProgress(p);
        }

        @Override
        public void onClipFailed(String failure) {
            listener.onClipFailed(failure);
        }

        @Override
        public void onClipNoted(String note) {
            listener.onClipNoted(note);
        }

        @Override
        public void onStart(int total, int batchesPerEpoch, List<EpochRecord> history) {
            epochs = total;
            listener.onStart(total, batchesPerEpoch, history);
        }

        @Override
        public void onBatch(BatchEvent event) {
            long done = (long) (event.epoch() - 1) * event.batches() + event.batch();
            progress.onProgress(new Progress("train", done, (long) epochs * event.batches(), 0, -1,
                    String.format(Locale.ROOT, "Training the autoencoder: epoch %d of %d, batch %d of %d, loss %s",
                            event.epoch(), epochs, event.batch(), event.batches(), Numbers.compact(event.loss()))));
            listener.onBatch(event);
        }

        @Override
        public void onEpoch(EpochRecord record, boolean best) {
            listener.onEpoch(record, best);
        }
    }

    /**
     * "Embedding clips: 34 of 120 · 12.3 clips/s · 8.2 s left"; "Decoding clips for fine-tuning: …" while the clips of
     * a fine-tuned run are decoded into memory.
     */
    static String describe(Progress p) {
        if (p.stage().equals(ExperimentPipeline.EXTRACT)) {
            return String.format(Locale.ROOT, "Embedding clips: %d of %d · %.1f clips/s · %s left", p.done(),
                    p.total(), p.perSecond(), Numbers.seconds(p.secondsLeft()));
        }
        if (p.stage().equals(ExperimentPipeline.DECODE)) {
            return String.format(Locale.ROOT, "Decoding clips for fine-tuning: %d of %d · %.1f clips/s · %s left",
                    p.done(), p.total(), p.perSecond(), Numbers.seconds(p.secondsLeft()));
        }
        if (p.stage().equals(ExperimentPipeline.DETECTORS)) {
            return "Fitting and scoring detectors: " + p.done() + " of " + p.total() + " (" + p.message() + ")";
        }
        return p.message();
    }
}
