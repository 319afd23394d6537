package dev.vigil.training;

/**
 * One finished epoch: a row of {@code history.csv} and a point of the learning curves. Losses are per clip: the sum
 * of squared reconstruction errors divided by the number of clips, on the scale of the anomaly score. (The reference
 * prints the mean of per-batch sums, which is this times the batch size.)
 *
 * @param epoch          1 for the first epoch
 * @param learningRate   the rate used during the epoch
 * @param trainLoss      mean training loss per clip, in training mode (dropout on)
 * @param validationLoss mean validation loss per clip in evaluation mode, NaN without validation clips
 * @param elapsedSeconds time since training started, across resumes
 */
public record EpochRecord(int epoch, double learningRate, double trainLoss, double validationLoss,
                          double elapsedSeconds) {
}
