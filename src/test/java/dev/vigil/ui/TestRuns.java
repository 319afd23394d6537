package dev.vigil.ui;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.experiment.BackboneEmbedder;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.ExperimentRun;
import dev.vigil.experiment.SampleSubset;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.training.TrainingSession;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real run folders for the workbench's tests, made by the core's {@link ExperimentRun} (every detector fitted and
 * scored, the autoencoder trained for a few epochs with DJL) on small synthetic embeddings: normal clips of two
 * classes around two centres, anomalies shifted away. The first clips of each group are real videos written by
 * {@link TestDatasets}, so that the review screen can play them.
 */
public final class TestRuns {

    public static final int DIMENSION = 12;

    private TestRuns() {
    }

    /** Writes a dataset under {@code data} and a finished run {@code runs/<name>} over it; returns the run folder. */
    public static Path write(Path data, Path runs, String name) throws IOException {
        Random random = new Random(5);
        List<Clip> clips = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
            int n = split == Split.TRAIN ? 12 : 5;
            for (String cls : List.of("walk", "run")) {
                for (int i = 0; i < n; i++) {
                    clips.add(new Clip(cls + "/" + split.id() + i + ".mp4", 0, cls, split));
                    embeddings.add(embedding(random, cls.equals("walk") ? 1 : -1, 0));
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            clips.add(new Clip("bike/anomaly" + i + ".mp4", 1, "bike", Split.ANOMALY));
            embeddings.add(embedding(random, 0, 2.5));
        }
        for (Clip clip : clips) {
            if (clip.path().endsWith("0.mp4")) {
                TestDatasets.clip(data.resolve(clip.path()), 30);
            }
        }
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of(
                "dataset.dataset_path", data.toAbsolutePath().toString(), "dataset.batch_size", 8,
                "model.num_epoch", 3, "model.dim_autoencoder_layers", "8,4", "model.num_autoencoder_layers", 2,
                "model.saving_dir_experiments", runs.toAbsolutePath().toString(), "model.saving_dir_model", name));
        try (ExperimentRun.Result result = ExperimentRun.run(config, clips, embeddings.toArray(new float[0][]),
                RunFolder.create(runs, name), TrainingSession.plain(), ProgressListener.NONE)) {
            return runs.resolve(name);
        }
    }

    /**
     * A finished run of the real pipeline on a few bundled sample clips with the built-in backbone (2 normal classes,
     * a clip of each anomalous class), with everything a bundle needs: the backbone's card and fitted detectors.
     */
    public static Path builtin(Path dir, String name) throws IOException {
        Path manifest = SampleSubset.write(dir.resolve(name + "-data"), 2, 3, 1, 1, 1);
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of("dataset.manifest", manifest.toString(),
                "model.saving_dir_experiments", dir.resolve("runs").toString(), "model.saving_dir_model", name,
                "model.num_epoch", 3, "model.dim_autoencoder_layers", "16,8", "model.num_autoencoder_layers", 2,
                "dataset.batch_size", 4));
        ExperimentPipeline pipeline = new ExperimentPipeline(new BackboneEmbedder(new BackboneRegistry(null),
                new EmbeddingCache(dir.resolve("cache"))));
        try (ExperimentRun.Result result = pipeline.run(config, new ExperimentPipeline.Listener() { },
                CancellationToken.none())) {
            return dir.resolve("runs").resolve(name);
        }
    }

    private static float[] embedding(Random random, double centre, double shift) {
        float[] e = new float[DIMENSION];
        for (int j = 0; j < DIMENSION; j++) {
            e[j] = (float) (centre * Math.cos(j) + 0.3 * random.nextGaussian() + (j % 2 == 0 ? shift : -shift));
        }
        return e;
    }
}
