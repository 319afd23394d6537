package dev.vigil.ui.training;

import dev.vigil.training.EpochRecord;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingViewModelTest {

    private final TrainingViewModel model = new TrainingViewModel(new CurrentThreadTaskExecutor());

    @Test
    void epochsFillTheHistoryTheLogAndTheSummary() {
        model.acceptEpoch(new EpochRecord(1, 1e-3, 4.0, 5.0, 1));
        model.acceptEpoch(new EpochRecord(2, 1e-3, 3.0, 3.5, 2));
        model.acceptEpoch(new EpochRecord(3, 1e-4, 2.5, 3.9, 3));
        assertEquals(3, model.epochs().size());
        assertEquals("Epoch 3 · train 2.5 · validation 3.9 · best validation 3.5 at epoch 2", model.summaryProperty().get());
        assertEquals("epoch 2  train loss 3  validation loss 3.5  lr 0.001", model.log().get(1));
        model.showHistory("run a", List.of(new EpochRecord(1, Double.NaN, 1.0, Double.NaN, 1)));
        assertEquals("Epoch 1 · train 1", model.summaryProperty().get());
        assertEquals("History of run a: 1 epoch", model.log().get(3));
    }

    @Test
    void startStaysOffAndSaysWhyWhileNoTrainingIsAvailable() {
        assertFalse(model.canStartProperty().get());
        assertFalse(model.canResumeProperty().get());
        model.start();
        assertTrue(model.log().get(0).contains("not available"), model.log().toString());
    }

    @Test
    void theLogIsBounded() {
        for (int i = 0; i < TrainingViewModel.LOG_LINES + 50; i++) {
            model.acceptLog("line " + i);
        }
        assertEquals(TrainingViewModel.LOG_LINES, model.log().size());
        assertEquals("line " + (TrainingViewModel.LOG_LINES + 49), model.log().get(model.log().size() - 1));
    }
}
