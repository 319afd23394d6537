package dev.vigil.ui.training;

import dev.vigil.training.EpochRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EpochTextTest {

    @Test
    void aLineLeavesOutWhatTheEpochDidNotMeasure() {
        assertEquals("epoch 1  train loss 0.5", EpochText.line(new EpochRecord(1, Double.NaN, 0.5, Double.NaN, 1)));
        assertEquals("epoch 2  train loss 0.5  validation loss 0.25  lr 0.001",
                EpochText.line(new EpochRecord(2, 0.001, 0.5, 0.25, 1)));
    }

    @Test
    void theSummaryNamesTheBestValidationEpochAndAStoppedRun() {
        List<EpochRecord> epochs = List.of(new EpochRecord(1, 0.001, 0.5, 0.25, 1),
                new EpochRecord(2, 0.001, 0.4, 0.5, 2));
        assertEquals("No training history yet", EpochText.summary(List.of(), false));
        assertEquals("Epoch 2 · train 0.4 · validation 0.5 · best validation 0.25 at epoch 1",
                EpochText.summary(epochs, false));
        assertEquals("Epoch 2 · train 0.4 · validation 0.5 · best validation 0.25 at epoch 1 · stopped — Resume "
                + "continues it", EpochText.summary(epochs, true));
    }
}
