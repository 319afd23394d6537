package dev.vigil.backbone;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.SampleLocator;
import dev.vigil.dataset.Split;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The built-in descriptor on the bundled sample dataset: anomalous classes lie far from every normal centroid. */
class BuiltinOnSamplesTest {

    @Test
    void nearestNormalCentroidSeparatesTheAnomalousSamples() throws Exception {
        Optional<Path> manifest = SampleLocator.manifest();
        assumeTrue(manifest.isPresent(), "the bundled samples are not in this checkout");
        Dataset samples = Manifest.read(manifest.get());
        List<Clip> originals = samples.clips().stream().filter(c -> c.view() == 0).toList();
        try (Backbone builtin = new BuiltinBackbone()) {
            EmbeddingSet set = EmbeddingExtractor.builder().setBackbone(builtin).build()
                    .extract(new Dataset(samples.root(), originals));
            assertTrue(set.failures().isEmpty(), "every sample decodes: " + set.failures());
            Map<String, List<float[]>> train = Separation.byClass();
            List<Double> normal = new ArrayList<>();
            List<float[]> anomalies = new ArrayList<>();
            List<float[]> tests = new ArrayList<>();
            for (int i = 0; i < set.size(); i++) {
                Clip clip = set.clips().get(i);
                float[] e = set.embeddings().get(i);
                if (clip.split() == Split.TRAIN) {
                    train.computeIfAbsent(clip.className(), k -> new ArrayList<>()).add(e);
                } else if (clip.split() == Split.ANOMALY) {
                    anomalies.add(e);
                } else {
                    tests.add(e);
                }
            }
            List<float[]> centroids = Separation.centroids(train);
            tests.forEach(e -> normal.add(Separation.score(e, centroids)));
            List<Double> anomalous = anomalies.stream().map(e -> Separation.score(e, centroids)).toList();
            double auroc = Separation.auroc(normal, anomalous);
            System.out.printf("bundled samples: %d train, %d normal val/test, %d anomalous; centroid AUROC %.3f%n",
                    set.split(Split.TRAIN).size(), normal.size(), anomalous.size(), auroc);
            assertTrue(auroc >= 0.95, "AUROC " + auroc);
        }
    }
}
