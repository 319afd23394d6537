package dev.vigil.ui.training;

/**
 * One line of a training history, as the loss plot and history.csv see it.
 *
 * @param epoch        1-based epoch number
 * @param learningRate learning rate used in the epoch (NaN when not known)
 * @param trainLoss    mean training loss of the epoch
 * @param valLoss      validation loss after the epoch, NaN when there was no validation
 */
public record EpochPoint(int epoch, double learningRate, double trainLoss, double valLoss) {
}
