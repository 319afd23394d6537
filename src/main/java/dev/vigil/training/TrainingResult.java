package dev.vigil.training;

import java.util.List;

/**
 * The outcome of a training run.
 *
 * @param history      every epoch, including those before a resume
 * @param bestEpoch    epoch (1-based) with the lowest validation loss (training loss without validation clips)
 * @param bestLoss     that loss
 * @param restoredBest true when the model now holds the best epoch's weights rather than the last epoch's
 */
public record TrainingResult(List<EpochRecord> history, int bestEpoch, double bestLoss, boolean restoredBest) {

    public TrainingResult {
        history = List.copyOf(history);
    }

    public int epochsDone() {
        return history.size();
    }
}
