package dev.vigil.experiment;

import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;
import dev.vigil.training.BatchEvent;
import dev.vigil.training.TrainingListener;
import dev.vigil.training.TrainingSession;
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

class ExperimentRunTest {

    private static final ExperimentData DATA = new ExperimentData(16);
    private static final ExperimentConfig CONFIG = ExperimentConfig.defaults().with(Map.of("model.num_epoch", 4,
            "model.dim_autoencoder_layers", "8,4", "model.num_autoencoder_layers", 2, "dataset.batch_size", 16));

    @TempDir
    Path runs;

    @Test
    void aCancelledRunResumesToTheReportOfAnUninterruptedOne() throws IOException {
        List<Progress> steps = new ArrayList<>();
        ProgressListener progress = steps::add;
        RunReport uninterrupted;
        try (ExperimentRun.Result result = ExperimentRun.run(CONFIG, DATA.clips, DATA.all(),
                RunFolder.create(runs, "whole"), TrainingSession.plain(), progress)) {
            uninterrupted = result.report();
            assertEquals(4, result.detectors().size());
            assertEquals(4, result.training().orElseThrow().epochsDone());
            assertEquals(List.of("autoencoder", "knn", "gaussian", "centroid"), result.scores().detectors());
        }
        assertEquals(4, steps.size(), "one progress step per detector");
        assertTrue(RunFolder.open(runs.resolve("whole")).read().complete());

        CancellationToken token = new CancellationToken();
        TrainingListener cancelInEpoch3 = new TrainingListener() {
            @Override
            public void onBatch(BatchEvent event) {
                if (event.epoch() == 3 && event.batch() == 2) {
                    token.cancel();
                }
            }
        };
        RunFolder folder = RunFolder.create(runs, "interrupted");
        assertThrows(CancelledException.class, () -> ExperimentRun.run(CONFIG, DATA.clips, DATA.all(), folder,
                TrainingSession.plain().withCancellation(token).withListener(cancelInEpoch3), ProgressListener.NONE));
        RunContents stopped = RunFolder.open(folder.dir()).read();
        assertFalse(stopped.complete());
        assertTrue(stopped.resumable());
        assertEquals(2, stopped.history().size(), "two epochs finished before the cancel");
        assertTrue(stopped.scores().isEmpty());

        try (ExperimentRun.Result resumed = ExperimentRun.resume(RunFolder.open(folder.dir()), DATA.clips,
                DATA.all(), TrainingSession.plain(), ProgressListener.NONE)) {
            assertEquals(uninterrupted.detectors(), resumed.report().detectors());
        }
        RunContents finished = RunFolder.open(folder.dir()).read();
        assertTrue(finished.complete());
        assertEquals(4, finished.history().size());
    }

    @Test
    void embeddingsOfTheWrongSizeAreRefusedBeforeAnythingIsFitted() throws IOException {
        RunFolder folder = RunFolder.create(runs, "wrong");
        ConfigException e = assertThrows(ConfigException.class, () -> ExperimentRun.run(
                CONFIG.with("model.init_dim", 768), DATA.clips, DATA.all(), folder, TrainingSession.plain(),
                ProgressListener.NONE));
        assertTrue(e.getMessage().contains("model.init_dim: 768, but the backbone's embeddings have 16 values"),
                e.getMessage());
    }
}
