package dev.vigil.training;

/**
 * Everything a {@link LearningRateSchedule} needs to continue where it stopped.
 *
 * @param steps     epochs stepped so far
 * @param rate      the learning rate for the next epoch
 * @param best      best validation loss seen (plateau schedule)
 * @param badEpochs epochs since the last improvement (plateau schedule)
 */
public record ScheduleState(int steps, double rate, double best, int badEpochs) {
}
