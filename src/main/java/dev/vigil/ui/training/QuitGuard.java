package dev.vigil.ui.training;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Whether the window may close while training runs. Closing must not lose a run: the training is asked to stop at its
 * next batch, so that its run folder keeps a latest checkpoint to resume from, and the window closes after that.
 */
public final class QuitGuard {

    private final TrainingViewModel training;
    private final Consumer<String> log;

    public QuitGuard(TrainingViewModel training, Consumer<String> log) {
        this.training = training;
        this.log = log;
    }

    /**
     * Closing the window: at once when no training runs; else only when {@code stopTraining} agrees, after the
     * training has stopped at its next batch.
     *
     * @param closeLater closes the window once the training has stopped
     * @return true when the window may close now
     */
    public boolean requestQuit(BooleanSupplier stopTraining, Runnable closeLater) {
        if (!training.taskActiveProperty().get()) {
            return true;
        }
        if (!stopTraining.getAsBoolean()) {
            return false;
        }
        if (!training.taskActiveProperty().get()) {
            // it ended while the question was open
            return true;
        }
        log.accept("Stopping the training before closing");
        training.taskActiveProperty().addListener((obs, was, now) -> {
            if (!now) {
                closeLater.run();
            }
        });
        training.cancel();
        return false;
    }
}
