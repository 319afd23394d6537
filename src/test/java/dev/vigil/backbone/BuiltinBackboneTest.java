package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.TestVideos;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltinBackboneTest {

    private final BuiltinBackbone backbone = new BuiltinBackbone();

    @TempDir
    Path dir;

    private float[] describe(Path file) throws Exception {
        VideoInfo info = VideoProbe.probe(file);
        ClipTensor prepared = backbone.prepare(info, backbone.card().evalPreprocessing(), 0, ClipWindow.reference(info));
        return backbone.embed(List.of(prepared))[0];
    }

    @Test
    void descriptorIsUnitLengthOfTheCardsSizeAndDeterministic() throws Exception {
        Path clip = SyntheticActions.write(dir.resolve("walk.mp4"), "walk", 1, 320, 240, 30, 10);
        float[] a = describe(clip);
        assertEquals(BuiltinBackbone.CARD.embeddingSize(), a.length);
        double norm = 0;
        for (float v : a) {
            norm += v * v;
        }
        assertEquals(1.0, norm, 1e-4);
        assertArrayEquals(a, describe(clip));
    }

    @Test
    void separatesAnomalousActionsFromNormalOnesByDistanceToTheNearestNormalCentroid() throws Exception {
        Map<String, List<float[]>> train = Separation.byClass();
        List<Double> normal = new ArrayList<>();
        List<Double> anomalous = new ArrayList<>();
        List<float[]> normalTest = new ArrayList<>();
        for (String action : SyntheticActions.NORMAL) {
            for (int seed = 0; seed < 6; seed++) {
                float[] e = describe(SyntheticActions.write(dir.resolve(action + seed + ".mp4"), action, seed, 320, 240,
                        30, 10));
                if (seed < 4) {
                    train.computeIfAbsent(action, k -> new ArrayList<>()).add(e);
                } else {
                    normalTest.add(e);
                }
            }
        }
        List<float[]> centroids = Separation.centroids(train);
        for (float[] e : normalTest) {
            normal.add(Separation.score(e, centroids));
        }
        for (String action : SyntheticActions.ANOMALOUS) {
            for (int seed = 0; seed < 3; seed++) {
                float[] e = describe(SyntheticActions.write(dir.resolve(action + seed + ".mp4"), action, seed, 320, 240,
                        30, 10));
                anomalous.add(Separation.score(e, centroids));
            }
        }
        double auroc = Separation.auroc(normal, anomalous);
        System.out.printf("synthetic actions: centroid AUROC %.3f, normal %s, anomalous %s%n", auroc, normal, anomalous);
        assertTrue(auroc >= 0.95, "AUROC " + auroc);
    }
}
