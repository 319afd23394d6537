package dev.vigil.training;

import ai.djl.engine.Engine;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.AutoencoderLayout;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Training runs on any thread, not only on the one that loaded the engine (the workbench trains on a worker). */
class TrainingThreadTest {

    @Test
    void trainsOnAThreadThatDidNotLoadTheEngine() throws Exception {
        Engine.getEngine("PyTorch");
        Random random = new Random(3);
        float[][] train = new float[16][6];
        for (float[] row : train) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<TrainingResult> result = new AtomicReference<>();
        for (int run = 0; run < 2; run++) {
            Thread worker = new Thread(() -> {
                try (AutoencoderDetector detector = new AutoencoderDetector(new AutoencoderLayout(6, List.of(4, 2)),
                        new TrainingConfig(2, 4, 1e-3, ScheduleConfig.constant(), 1))) {
                    result.set(detector.train(train, new float[0][], TrainingSession.plain()));
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "fresh-thread-" + run);
            worker.start();
            worker.join();
            assertNull(failure.get(), () -> "training on " + worker.getName() + ": " + failure.get());
            assertEquals(2, result.get().epochsDone());
        }
    }
}
