package dev.vigil.training;

/**
 * One finished training batch.
 *
 * @param epoch          1 for the first epoch
 * @param batch          1 for the first batch of the epoch
 * @param batches        batches in the epoch
 * @param learningRate   the rate used
 * @param loss           the batch's loss per clip
 * @param elapsedSeconds time since training started, across resumes
 */
public record BatchEvent(int epoch, int batch, int batches, double learningRate, double loss, double elapsedSeconds) {
}
