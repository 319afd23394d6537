package dev.vigil.cli;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.experiment.BackboneEmbedder;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.training.BatchEvent;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** A real run of 5 epochs cancelled during epoch 3, as Ctrl+C leaves one: two epochs done, checkpoints written. */
final class StoppedRun {

    private StoppedRun() {
    }

    /** Runs {@code manifest} into {@code runs/stopped} and stops it; returns the run folder. */
    static Path make(Path manifest, Path runs, Path cache) {
        CancellationToken token = new CancellationToken();
        ExperimentPipeline.Listener stopper = new ExperimentPipeline.Listener() {
            @Override
            public void onBatch(BatchEvent event) {
                if (event.epoch() == 3) {
                    token.cancel();
                }
            }
        };
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of("dataset.manifest", manifest.toString(),
                "model.saving_dir_experiments", runs.toString(), "model.saving_dir_model", "stopped",
                "model.num_epoch", 5, "dataset.batch_size", 4));
        ExperimentPipeline pipeline = new ExperimentPipeline(new BackboneEmbedder(new BackboneRegistry(null),
                new EmbeddingCache(cache), 2));
        assertThrows(CancelledException.class, () -> pipeline.run(config, stopper, token));
        return runs.resolve("stopped");
    }
}
