package dev.vigil.training;

import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training loop on a tiny set of embeddings, through the autoencoder detector. */
class TrainingLoopTest {

    static final AutoencoderLayout LAYOUT = new AutoencoderLayout(12, List.of(8, 4), 0.3);
    static final TrainingConfig CONFIG = new TrainingConfig(6, 4, 5e-3, ScheduleConfig.step(2, 0.5), 3);

    static final float[][] TRAIN = embeddings(30, 1);
    static final float[][] VAL = embeddings(8, 2);

    /** One uninterrupted run with {@link #CONFIG}, the curve the other runs are compared with. */
    private static TrainingResult reference;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainReference() throws IOException {
        reference = train(CONFIG, TrainingSession.plain());
    }

    /** Rows with structure worth learning: a few shared directions plus noise. */
    static float[][] embeddings(int n, long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[n][LAYOUT.inputSize()];
        for (float[] row : rows) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) (a * Math.sin(j) + b * Math.cos(0.5 * j) + 2 + 0.05 * random.nextGaussian());
            }
        }
        return rows;
    }

    static TrainingResult train(TrainingConfig config, TrainingSession session) throws IOException {
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, config)) {
            return detector.train(TRAIN, VAL, session);
        }
    }

    @Test
    void lossFallsOnATinySet() throws IOException {
        TrainingConfig config = new TrainingConfig(8, 4, 2e-2, ScheduleConfig.constant(), 3);
        List<EpochRecord> history = train(config, TrainingSession.plain()).history();
        assertEquals(8, history.size());
        assertTrue(history.get(7).trainLoss() < history.get(0).trainLoss() / 2, history.toString());
        assertTrue(history.get(7).validationLoss() < history.get(0).validationLoss() / 2, history.toString());
    }

    @Test
    void theScheduleSetsEachEpochsRate() {
        double[] rates = reference.history().stream().mapToDouble(EpochRecord::learningRate).toArray();
        assertArrayEquals(new double[] {5e-3, 5e-3, 2.5e-3, 2.5e-3, 1.25e-3, 1.25e-3}, rates, 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameLossesAndAnotherSeedDoesNot() throws IOException {
        double[] other = losses(train(CONFIG.withSeed(4), TrainingSession.plain()));
        assertNotEquals(losses(reference)[0], other[0]);
    }

    /** A second run with the reference's seed, listened to: the same losses, every batch and epoch heard. */
    @Test
    void listenersHearEveryBatchAndEpochOfARunThatRepeatsTheReference() throws IOException {
        List<BatchEvent> batches = new ArrayList<>();
        List<EpochRecord> epochs = new ArrayList<>();
        int[] started = new int[2];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onStart(int epochCount, int batchesPerEpoch, List<EpochRecord> history) {
                started[0] = epochCount;
                started[1] = batchesPerEpoch;
            }

            @Override
            public void onBatch(BatchEvent event) {
                batches.add(event);
            }

            @Override
            public void onEpoch(EpochRecord record, boolean best) {
                epochs.add(record);
            }
        };
        TrainingResult again = train(CONFIG, TrainingSession.plain().withListener(listener));
        assertArrayEquals(losses(reference), losses(again), 0.0, "deterministic for a seed");
        // 30 clips in batches of 4: 7 batches of 4, and the last 2
        assertArrayEquals(new int[] {6, 8}, started);
        assertEquals(6 * 8, batches.size());
        assertEquals(6, epochs.size());
        BatchEvent last = batches.get(batches.size() - 1);
        assertEquals(6, last.epoch());
        assertEquals(8, last.batch());
        assertTrue(last.elapsedSeconds() >= batches.get(0).elapsedSeconds());
    }

    @Test
    void resumingAfterACancelMidEpochContinuesTheSameCurve() throws IOException {
        Path checkpoints = dir.resolve("checkpoints");
        CancellationToken token = new CancellationToken();
        TrainingListener cancelInEpoch3 = new TrainingListener() {
            @Override
            public void onBatch(BatchEvent event) {
                if (event.epoch() == 3 && event.batch() == 5) {
                    token.cancel();
                }
            }
        };
        TrainingSession session = TrainingSession.plain().withCheckpoints(checkpoints).withCancellation(token);
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, CONFIG)) {
            assertThrows(CancelledException.class, () -> detector.train(TRAIN, VAL, session.withListener(cancelInEpoch3)));
        }
        CheckpointState saved = CheckpointStore.readState(checkpoints.resolve(CheckpointStore.LATEST));
        assertEquals(2, saved.epoch(), "0-based epoch in progress");
        assertEquals(5, saved.batch(), "batches done in it");
        assertEquals(2, saved.history().size());

        TrainingResult resumed;
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, CONFIG)) {
            resumed = detector.resume(TRAIN, VAL, TrainingSession.plain().withCheckpoints(checkpoints));
        }
        assertArrayEquals(losses(reference), losses(resumed), 1e-5);
        assertEquals(reference.bestEpoch(), resumed.bestEpoch());
    }

    @Test
    void resumeCanTrainFurtherAndRefusesOtherSettings() throws IOException {
        Path checkpoints = dir.resolve("more");
        train(CONFIG.withEpochs(3), TrainingSession.plain().withCheckpoints(checkpoints));
        TrainingResult longer;
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, CONFIG)) {
            longer = detector.resume(TRAIN, VAL, TrainingSession.plain().withCheckpoints(checkpoints));
        }
        CheckpointState best = CheckpointStore.readState(checkpoints.resolve(CheckpointStore.BEST));
        double lowest = longer.history().stream().mapToDouble(EpochRecord::validationLoss).min().orElseThrow();
        assertEquals(lowest, best.bestLoss(), 0.0, "the best checkpoint holds the lowest validation loss");
        assertEquals(longer.bestEpoch(), best.bestEpoch());
        assertArrayEquals(losses(reference), losses(longer), 1e-5);

        TrainingConfig otherRate = new TrainingConfig(8, 4, 1e-2, CONFIG.schedule(), CONFIG.seed());
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, otherRate)) {
            IOException e = assertThrows(IOException.class,
                    () -> detector.resume(TRAIN, VAL, TrainingSession.plain().withCheckpoints(checkpoints)));
            assertTrue(e.getMessage().contains("only the number of epochs may change"), e.getMessage());
        }
        try (AutoencoderDetector detector = new AutoencoderDetector(LAYOUT, CONFIG)) {
            IOException e = assertThrows(IOException.class, () -> detector.resume(TRAIN, VAL,
                    TrainingSession.plain().withCheckpoints(dir.resolve("empty"))));
            assertTrue(e.getMessage().contains("no checkpoint"), e.getMessage());
        }
    }


    static double[] losses(TrainingResult result) {
        return result.history().stream()
                .flatMapToDouble(r -> DoubleStream.of(r.trainLoss(), r.validationLoss(),
                        r.learningRate()))
                .toArray();
    }
}
