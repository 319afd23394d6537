package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Manifest;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.training.BatchEvent;
import dev.vigil.training.EpochRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentPipelineTest {

    private static final ExperimentData DATA = new ExperimentData(16);

    @TempDir
    Path dir;

    /** Embeds each clip as the synthetic data says, one progress step per clip; "bike/0.mp4" always fails. */
    private final ExperimentPipeline.Embedder embedder = (dataset, config, progress, token) -> {
        ProgressMeter meter = new ProgressMeter(ExperimentPipeline.EXTRACT, dataset.clips().size(), progress);
        List<Clip> clips = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Clip clip : dataset.clips()) {
            token.throwIfCancelled();
            if (clip.path().equals("bike/0.mp4")) {
                failures.add(clip.path() + ": not a readable video");
            } else {
                clips.add(clip);
                rows.add(DATA.embeddings.get(DATA.clips.indexOf(clip)));
            }
            meter.advance(1, clip.path());
        }
        return new ExperimentPipeline.Embedded(clips, rows.toArray(new float[0][]), failures,
                Map.of("model.init_dim", 16));
    };

    private ExperimentConfig config(String name) throws IOException {
        Path manifest = dir.resolve("data").resolve(Manifest.FILE_NAME);
        java.nio.file.Files.createDirectories(manifest.getParent());
        Manifest.write(manifest, DATA.clips);
        return ExperimentConfig.defaults().with(Map.of("dataset.manifest", manifest.toString(),
                "model.saving_dir_experiments", dir.resolve("runs").toString(), "model.saving_dir_model", name,
                "model.num_epoch", 4, "model.dim_autoencoder_layers", "8,4", "model.num_autoencoder_layers", 2,
                "dataset.batch_size", 16));
    }

    /** Records what a pipeline tells; cancels at a chosen point. */
    private static final class Recorder implements ExperimentPipeline.Listener {
        final List<String> stages = new ArrayList<>();
        final List<Progress> progress = new ArrayList<>();
        final List<EpochRecord> epochs = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final CancellationToken token = new CancellationToken();
        Path folder;
        int cancelAtEpoch = -1;
        int cancelAtClip = -1;

        @Override
        public void onRunFolder(Path dir) {
            folder = dir;
        }

        @Override
        public void onStage(String stage, String message) {
            stages.add(stage);
        }

        @Override
        public void onProgress(Progress p) {
            progress.add(p);
            if (p.stage().equals(ExperimentPipeline.EXTRACT) && p.done() == cancelAtClip) {
                token.cancel();
            }
        }

        @Override
        public void onClipFailed(String failure) {
            failures.add(failure);
        }

        @Override
        public void onBatch(BatchEvent event) {
            if (event.epoch() == cancelAtEpoch && event.batch() == 2) {
                token.cancel();
            }
        }

        @Override
        public void onEpoch(EpochRecord record, boolean best) {
            epochs.add(record);
        }
    }

    @Test
    void runsFromManifestToReportAndSaysHowItGoes() throws IOException {
        Recorder recorder = new Recorder();
        try (ExperimentRun.Result result = new ExperimentPipeline(embedder).run(config("whole"), recorder,
                recorder.token)) {
            assertEquals(DATA.clips.size() - 1, result.scores().size(), "the failed clip is left out");
        }
        assertEquals(dir.resolve("runs/whole"), recorder.folder);
        assertEquals(List.of("extract", "train"), recorder.stages);
        assertEquals(List.of("bike/0.mp4: not a readable video"), recorder.failures);
        assertEquals(4, recorder.epochs.size());
        assertEquals(DATA.clips.size(), recorder.progress.stream().filter(p -> p.stage().equals("extract")).count());
        assertEquals(4, recorder.progress.stream().filter(p -> p.stage().equals("detectors")).count());
        RunContents run = RunFolder.open(recorder.folder).read();
        assertTrue(run.complete());
        assertEquals(16, run.config().settings().embeddingSize().getAsInt(), "the backbone's facts are recorded");
    }

    @Test
    void aRunCancelledInTrainingResumesToTheSameReport() throws IOException {
        RunReport whole;
        Recorder plain = new Recorder();
        try (ExperimentRun.Result result = new ExperimentPipeline(embedder).run(config("whole"), plain,
                plain.token)) {
            whole = result.report();
        }
        Recorder stopping = new Recorder();
        stopping.cancelAtEpoch = 3;
        ExperimentPipeline pipeline = new ExperimentPipeline(embedder);
        assertThrows(CancelledException.class, () -> pipeline.run(config("stopped"), stopping, stopping.token));
        RunContents stopped = RunFolder.open(stopping.folder).read();
        assertTrue(stopped.resumable());
        assertEquals(2, stopped.history().size());

        Recorder resuming = new Recorder();
        try (ExperimentRun.Result result = pipeline.resume(stopping.folder, resuming, resuming.token)) {
            assertEquals(whole.detectors(), result.report().detectors());
        }
        assertEquals(List.of(3, 4), resuming.epochs.stream().map(EpochRecord::epoch).toList());
    }

    @Test
    void aRunCancelledInExtractionStartsOverInItsFolder() throws IOException {
        Recorder stopping = new Recorder();
        stopping.cancelAtClip = 5;
        ExperimentPipeline pipeline = new ExperimentPipeline(embedder);
        assertThrows(CancelledException.class, () -> pipeline.run(config("early"), stopping, stopping.token));
        RunContents stopped = RunFolder.open(stopping.folder).read();
        assertFalse(stopped.resumable());
        assertFalse(stopped.complete());

        Recorder resuming = new Recorder();
        try (ExperimentRun.Result result = pipeline.resume(stopping.folder, resuming, resuming.token)) {
            assertEquals(4, result.training().orElseThrow().epochsDone());
        }
        assertTrue(RunFolder.open(stopping.folder).read().complete());
    }

    @Test
    void nothingEmbeddedIsAnErrorThatSaysWhy() throws IOException {
        ExperimentPipeline failing = new ExperimentPipeline((dataset, config, progress, token) ->
                new ExperimentPipeline.Embedded(List.of(), new float[0][], List.of("walk/a.mp4: audio only"), Map.of()));
        Recorder recorder = new Recorder();
        IOException e = assertThrows(IOException.class, () -> failing.run(config("none"), recorder, recorder.token));
        assertTrue(e.getMessage().contains("no clip of") && e.getMessage().contains("walk/a.mp4: audio only"),
                e.getMessage());
    }
}
