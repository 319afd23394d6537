package dev.vigil.training;

import dev.vigil.detector.AutoencoderDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckpointStoreTest {

    private static final TrainingConfig CONFIG = new TrainingConfig(4, 4, 1e-2, ScheduleConfig.constant(), 1);
    private static final float[][] DATA = TrainingLoopTest.embeddings(16, 9);

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousCheckpoint() throws IOException {
        TrainingSession session = TrainingSession.plain().withCheckpoints(dir);
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            // epoch 1 writes best and latest; epoch 2 writes best, then fails while writing latest
            model.failAfter(3);
            ReconstructionTrainer trainer = new ReconstructionTrainer(model, CONFIG, new EmbeddingBatches(DATA),
                    new EmbeddingBatches(DATA), session);
            IOException e = assertThrows(IOException.class, trainer::train);
            assertTrue(e.getMessage().contains("No space left"), e.getMessage());
        }
        CheckpointState latest = CheckpointStore.readState(dir.resolve(CheckpointStore.LATEST));
        assertEquals(1, latest.epoch(), "the checkpoint of epoch 1 survives");
        assertEquals(1, latest.history().size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(CheckpointStore.BEST, CheckpointStore.LATEST),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            TrainingResult resumed = new ReconstructionTrainer(model, CONFIG, new EmbeddingBatches(DATA),
                    new EmbeddingBatches(DATA), session).resume();
            assertEquals(4, resumed.history().size());
        }
    }

    @Test
    void aTruncatedCheckpointIsRefusedBeforeAnythingIsLoaded() throws IOException {
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            new ReconstructionTrainer(model, CONFIG.withEpochs(1), new EmbeddingBatches(DATA),
                    new EmbeddingBatches(DATA), TrainingSession.plain().withCheckpoints(dir)).train();
        }
        Path latest = dir.resolve(CheckpointStore.LATEST);
        byte[] bytes = Files.readAllBytes(latest);
        Path cut = dir.resolve("cut.ckpt");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            float[] before = model.weights();
            IOException e = assertThrows(IOException.class, () -> CheckpointStore.read(cut, model, null));
            assertTrue(e.getMessage().contains("cut.ckpt") && e.getMessage().contains("truncated or damaged"),
                    e.getMessage());
            assertArrayEquals(before, model.weights(), "the model is untouched");

            CheckpointStore.read(latest, model, null);
            assertTrue(!Arrays.equals(before, model.weights()), "a whole checkpoint loads");
        }
        Path other = dir.resolve("other.ckpt");
        Files.writeString(other, "not a checkpoint at all");
        IOException e = assertThrows(IOException.class, () -> CheckpointStore.readState(other));
        assertTrue(e.getMessage().contains("not a Vigil checkpoint"), e.getMessage());
    }

    @Test
    void aTemporaryFileLeftByAKilledProcessIsIgnored() throws IOException {
        TrainingSession session = TrainingSession.plain().withCheckpoints(dir);
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            new ReconstructionTrainer(model, CONFIG.withEpochs(2), new EmbeddingBatches(DATA),
                    new EmbeddingBatches(DATA), session).train();
        }
        Files.write(dir.resolve(".latest.ckpt.123.tmp"), new byte[] {1, 2, 3});
        assertEquals(2, session.checkpoints().latestState().orElseThrow().epoch());
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            TrainingResult resumed = new ReconstructionTrainer(model, CONFIG, new EmbeddingBatches(DATA),
                    new EmbeddingBatches(DATA), session).resume();
            assertEquals(4, resumed.epochsDone());
        }
    }

    @Test
    void aCheckpointOfAnotherModelIsRefused() throws IOException {
        try (TinyLinearModel model = new TinyLinearModel(12)) {
            new ReconstructionTrainer(model, CONFIG.withEpochs(1), new EmbeddingBatches(DATA),
                    new EmbeddingBatches(DATA), TrainingSession.plain().withCheckpoints(dir)).train();
        }
        try (var detector = new AutoencoderDetector(TrainingLoopTest.LAYOUT, CONFIG)) {
            IOException e = assertThrows(IOException.class, () -> detector.resume(DATA, DATA,
                    TrainingSession.plain().withCheckpoints(dir)));
            assertTrue(e.getMessage().contains("made for tiny"), e.getMessage());
        }
    }
}
