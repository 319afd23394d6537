package dev.vigil.ui.model;

import dev.vigil.training.ScheduleType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The model screen warns when StepLR leaves most epochs with a learning rate too small to change anything. */
class RateWarningTest {

    private final TrainingSettingsViewModel settings = new ModelViewModel(Runnable::run).training();

    @Test
    void theReferenceScheduleRunForTwoHundredEpochsIsPointedOut() {
        assertEquals("", settings.rateWarningProperty().get(), "30 epochs end at 1e-5: every epoch counts");
        settings.epochsProperty().set(200);
        // 1e-3 × 0.1 per 10 epochs is 1e-9 from epoch 61 on
        assertEquals("The learning rate falls below 1e-8 at epoch 61: the last 140 of 200 epochs change almost "
                + "nothing. Train fewer epochs, or step less often or by a larger factor.",
                settings.rateWarningProperty().get());
        settings.stepSizeProperty().set(50);
        assertEquals("", settings.rateWarningProperty().get(), "every 50 epochs it ends at 1e-6");
        settings.stepSizeProperty().set(10);
        settings.scheduleProperty().set(ScheduleType.COSINE);
        assertEquals("", settings.rateWarningProperty().get(), "only StepLR is judged");
    }
}
