package dev.vigil.ui;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.progress.ProgressMeter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stands in for the backbone in view-model tests that are about the training screen, not about video: each clip's
 * embedding is drawn from a seed of its path around a centre per class, anomalies shifted away, so that every
 * detector has something to find. Everything after embedding (training, scoring, the run folder) is the real core.
 */
public final class SyntheticEmbedder implements ExperimentPipeline.Embedder {

    public static final int DIMENSION = 12;

    @Override
    public ExperimentPipeline.Embedded embed(dev.vigil.dataset.Dataset dataset, dev.vigil.experiment.config.ExperimentConfig config,
                                             dev.vigil.progress.ProgressListener progress,
                                             dev.vigil.progress.CancellationToken token) {
        ProgressMeter meter = new ProgressMeter(ExperimentPipeline.EXTRACT, dataset.clips().size(), progress);
        float[][] rows = new float[dataset.clips().size()][];
        for (int i = 0; i < rows.length; i++) {
            token.throwIfCancelled();
            Clip clip = dataset.clips().get(i);
            Random random = new Random(clip.path().hashCode());
            double centre = clip.className().hashCode() % 2 == 0 ? 1 : -1;
            double shift = clip.isAnomaly() ? 2.5 : 0;
            rows[i] = new float[DIMENSION];
            for (int j = 0; j < DIMENSION; j++) {
                rows[i][j] = (float) (centre * Math.cos(j) + 0.3 * random.nextGaussian() + (j % 2 == 0 ? shift : -shift));
            }
            meter.advance(1, clip.path());
        }
        return new ExperimentPipeline.Embedded(dataset.clips(), rows, List.of(), Map.of("model.init_dim", DIMENSION));
    }

    /** A manifest of 12 train, 4 val and 4 test clips of two normal classes and 6 anomalies (no video files). */
    public static Path manifest(Path dir) throws IOException {
        List<Clip> clips = new ArrayList<>();
        for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
            int n = split == Split.TRAIN ? 6 : 2;
            for (String cls : List.of("walk", "run")) {
                for (int i = 0; i < n; i++) {
                    clips.add(new Clip(cls + "/" + split.id() + i + ".mp4", 0, cls, split));
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            clips.add(new Clip("bike/" + i + ".mp4", 1, "bike", Split.ANOMALY));
        }
        Files.createDirectories(dir);
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        Manifest.write(manifest, clips);
        return manifest;
    }
}
