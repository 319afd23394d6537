package dev.vigil.detector;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineDetectorsTest {

    private static final Synthetic DATA = new Synthetic(24, 3, 3, 8, 11);
    private static final float[][] TRAIN = Synthetic.concat(DATA.normals(60, 0), DATA.normals(60, 1),
            DATA.normals(60, 2));
    private static final List<Clip> TRAIN_CLIPS = Stream.of(Synthetic.clips(60, "walk", Split.TRAIN),
            Synthetic.clips(60, "run", Split.TRAIN), Synthetic.clips(60, "jump", Split.TRAIN))
            .flatMap(List::stream).toList();
    private static final float[][] TEST = Synthetic.concat(DATA.normals(30, 0), DATA.normals(30, 1),
            DATA.normals(30, 2));
    private static final float[][] ANOMALIES = DATA.anomalies(40);

    static List<Detector> baselines() {
        return List.of(new KnnDetector(5), new GaussianDetector(), new GaussianDetector(0.2),
                new CentroidDetector());
    }

    @Test
    void eachBaselineSeparatesShiftedAnomaliesFromTheNormalCloud() {
        for (Detector detector : baselines()) {
            detector.fit(TRAIN, TRAIN_CLIPS);
            double auroc = Synthetic.pairAuroc(detector.score(TEST), detector.score(ANOMALIES));
            assertTrue(auroc > 0.9, detector.name() + ": AUROC " + auroc);
            assertEquals(24, detector.dimension());
        }
    }

    @Test
    void knnIsTheMeanDistanceToTheKNearestStandardisedNeighbours() {
        // feature 1 varies 10 times more than feature 0; standardising makes them count alike
        float[][] train = {{0, 0}, {1, 10}, {-1, -10}, {0, 0}};
        KnnDetector detector = new KnnDetector(2);
        detector.fit(train, null);
        // std of both features: sqrt(0.5) and sqrt(50); the query (1, 0) standardises to (√2, 0)
        double[] scores = detector.score(new float[][] {{1, 0}});
        double nearest = Math.sqrt(2);                  // to (0, 0), twice
        assertEquals(nearest, scores[0], 1e-6);
        KnnDetector three = new KnnDetector(3);
        three.fit(train, null);
        double toOne = Math.sqrt(0 + 2);                // (√2, 0) to (√2, √2)
        assertEquals((2 * nearest + toOne) / 3, three.score(new float[][] {{1, 0}})[0], 1e-6);
    }

    @Test
    void gaussianMatchesHandComputedLedoitWolfAndFixedShrinkage() {
        float[][] x = {{1, 2, 0.5f}, {2, 4.1f, 1.1f}, {3, 5.9f, 1.4f}, {4, 8.2f, 2.1f}, {5, 9.8f, 2.4f},
            {6, 12.1f, 3.2f}, {7, 14.2f, 3.4f}, {8, 15.8f, 4.1f}};
        float[][] query = {{4, 9, 2}};
        // numpy, following scikit-learn's ledoit_wolf_shrinkage and inv(Σ) on the shrunk covariance
        GaussianDetector lw = new GaussianDetector();
        lw.fit(x, null);
        assertEquals(0.13919359578235144, lw.shrinkage(), 1e-6);
        assertEquals(0.43850859007393794, lw.score(query)[0], 1e-5);
        GaussianDetector half = new GaussianDetector(0.5);
        half.fit(x, null);
        assertEquals(0.23951022613654777, half.score(query)[0], 1e-5);
        GaussianDetector none = new GaussianDetector(0);
        none.fit(x, null);
        assertEquals(6.826500756886065, none.score(query)[0], 1e-3);
    }

    @Test
    void centroidIsTheDistanceToTheNearestClassMean() {
        float[][] train = {{0, 0}, {2, 0}, {10, 10}, {10, 12}};
        List<Clip> clips = List.of(new Clip("a1", 0, "a", Split.TRAIN), new Clip("a2", 0, "a", Split.TRAIN),
                new Clip("b1", 0, "b", Split.TRAIN), new Clip("b2", 0, "b", Split.TRAIN));
        CentroidDetector detector = new CentroidDetector();
        detector.fit(train, clips);
        assertEquals(List.of("a", "b"), detector.classes());
        assertArrayEquals(new double[] {1, 5, 0}, detector.score(new float[][] {{1, 1}, {10, 16}, {10, 11}}), 1e-9);
        assertArrayEquals(new String[] {"a", "b"}, detector.nearestClasses(new float[][] {{1, 1}, {9, 9}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CentroidDetector().fit(train, null));
        assertTrue(e.getMessage().contains("class of every training clip"), e.getMessage());
    }

    @Test
    void badEmbeddingsAreRefusedWithTheReason() {
        KnnDetector detector = new KnnDetector(1);
        IllegalArgumentException ragged = assertThrows(IllegalArgumentException.class,
                () -> detector.fit(new float[][] {{1, 2}, {3}}, null));
        assertTrue(ragged.getMessage().contains("embedding 1 has 1 values"), ragged.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> detector.fit(new float[][] {{1, Float.NaN}}, null));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        assertThrows(IllegalStateException.class, () -> detector.score(new float[][] {{1, 2}}));
        detector.fit(new float[][] {{1, 2}, {2, 3}}, null);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> detector.score(new float[][] {{1, 2, 3}}));
        assertTrue(wrong.getMessage().contains("fitted on 2"), wrong.getMessage());
        assertEquals(0, detector.score(new float[0][]).length);
    }

    @Test
    void detectorsScoreTheSameAfterSavingAndLoading() throws Exception {
        List<Detector> all = new ArrayList<>(baselines());
        for (Detector detector : all) {
            detector.fit(TRAIN, TRAIN_CLIPS);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Detectors.write(detector, bytes);
            try (Detector loaded = Detectors.read(new ByteArrayInputStream(bytes.toByteArray()))) {
                assertEquals(detector.kind(), loaded.kind());
                assertEquals(detector.name(), loaded.name());
                assertArrayEquals(detector.score(ANOMALIES), loaded.score(ANOMALIES), 0.0, detector.name());
            }
        }
    }
}
