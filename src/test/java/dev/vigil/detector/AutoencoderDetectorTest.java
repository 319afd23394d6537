package dev.vigil.detector;

import ai.djl.nn.Parameter;
import dev.vigil.training.EmbeddingBatches;
import dev.vigil.training.ReconstructionTrainer;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.TrainingConfig;
import dev.vigil.training.TrainingResult;
import dev.vigil.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoencoderDetectorTest {

    private static final Synthetic DATA = new Synthetic(32, 3, 2, 10, 7);
    private static final float[][] TRAIN = Synthetic.concat(DATA.normals(100, 0), DATA.normals(100, 1));
    private static final float[][] VAL = Synthetic.concat(DATA.normals(20, 0), DATA.normals(20, 1));
    private static final float[][] TEST = Synthetic.concat(DATA.normals(40, 0), DATA.normals(40, 1));
    private static final float[][] ANOMALIES = DATA.anomalies(40);
    private static final AutoencoderLayout LAYOUT = new AutoencoderLayout(32, List.of(16, 8, 3), 0.0);
    private static final TrainingConfig CONFIG = new TrainingConfig(6, 8, 1e-2, ScheduleConfig.step(5, 0.5), 1);

    @TempDir
    Path dir;

    @Test
    void separatesAnomaliesAfterAFewEpochsAndSurvivesSaveAndLoad() throws Exception {
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, CONFIG)) {
            TrainingResult result = detector.train(TRAIN, VAL, TrainingSession.plain());
            assertEquals(6, result.epochsDone());
            double[] normal = detector.score(TEST);
            double[] anomalous = detector.score(ANOMALIES);
            double auroc = Synthetic.pairAuroc(normal, anomalous);
            assertTrue(auroc > 0.9, "AUROC " + auroc);

            double[] mean = detector.meanSquaredErrors(TEST);
            for (int i = 0; i < normal.length; i++) {
                assertEquals(normal[i] / 32, mean[i], 1e-9);
            }
            float[][] codes = detector.encode(TEST);
            assertEquals(TEST.length, codes.length);
            assertEquals(3, codes[0].length);

            Path file = dir.resolve("ae.detector");
            Detectors.save(detector, file);
            try (Detector loaded = Detectors.load(file)) {
                assertTrue(loaded instanceof AutoencoderDetector);
                assertArrayEquals(anomalous, loaded.score(ANOMALIES), 0.0);
            }
        }
    }

    @Test
    void scoresAreTheSumOfSquaredErrorsOfTheReconstruction() {
        // With a one-unit bottleneck the model cannot copy two independent features: errors stay well above zero.
        float[][] train = {{1, 0}, {0, 1}, {1, 1}, {0, 0}};
        try (AutoencoderDetector detector = new AutoencoderDetector(new AutoencoderLayout(2, List.of(1), 0),
                new TrainingConfig(1, 2, 1e-3, ScheduleConfig.constant(), 5))) {
            detector.fit(train, null);
            double[] scores = detector.score(train);
            double[] mean = detector.meanSquaredErrors(train);
            for (int i = 0; i < scores.length; i++) {
                assertTrue(scores[i] >= 0);
                assertEquals(scores[i] / 2, mean[i], 1e-9);
            }
            assertTrue(Arrays.stream(scores).sum() > 0.01);
        }
    }

    @Test
    void parameterCountMatchesTheBlock() {
        for (AutoencoderLayout layout : List.of(LAYOUT, new AutoencoderLayout(768, List.of(512, 256, 128)),
                new AutoencoderLayout(512, List.of(384, 256, 128)), new AutoencoderLayout(10, List.of(4)))) {
            try (AutoencoderModel model = new AutoencoderModel(layout, 1)) {
                long trainable = model.block().getParameters().values().stream()
                        .filter(Parameter::requiresGradient).mapToLong(p -> p.getArray().size()).sum();
                assertEquals(trainable, layout.parameterCount(), layout.toString());
            }
        }
        // Linear(768,512)+Linear(512,256)+Linear(256,128), mirrored, and BatchNorm's scale and shift
        assertEquals(1_118_080, new AutoencoderLayout(768, List.of(512, 256, 128)).parameterCount());
    }

    @Test
    void layoutsAreCheckedAndParsedAsTheReferenceWritesThem() {
        assertEquals(List.of(512, 256, 128), AutoencoderLayout.parseSizes("512, 256,128"));
        assertEquals("384,256,128", new AutoencoderLayout(512, List.of(384, 256, 128)).sizesText());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AutoencoderLayout.parseSizes("512,abc"));
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AutoencoderLayout(512, List.of(), 0.3));
        assertThrows(IllegalArgumentException.class, () -> new AutoencoderLayout(512, List.of(128), 1.0));
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, CONFIG)) {
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                    () -> detector.fit(new float[][] {{1, 2}, {3, 4}}, null));
            assertTrue(wrong.getMessage().contains("expects 32-value embeddings"), wrong.getMessage());
        }
    }

    @Test
    void trainingAndScoringFreeEveryArrayTheyMake() throws Exception {
        try (AutoencoderModel model = new AutoencoderModel(LAYOUT, 1)) {
            int arrays = model.manager().getManagedArrays().size();
            ReconstructionTrainer trainer = new ReconstructionTrainer(model, CONFIG.withEpochs(2),
                    new EmbeddingBatches(TRAIN), new EmbeddingBatches(VAL), TrainingSession.plain());
            trainer.train();
            assertEquals(arrays, model.manager().getManagedArrays().size(), "parameters only, nothing left over");
        }
    }
}
