package dev.vigil.training;

import java.util.List;

/**
 * Where a training run stands, besides the weights and the optimiser's moments: enough to continue the same curve.
 *
 * @param signature      the model's {@link ReconstructionModel#signature()}
 * @param config         the training settings the run uses
 * @param epoch          0-based epoch in progress (or the next one, when {@code batch} is 0)
 * @param batch          batches of that epoch already done
 * @param epochLossSum   sum of the batch losses of those batches
 * @param epochExamples  clips in those batches
 * @param bestLoss       best epoch loss so far, +∞ before the first epoch
 * @param bestEpoch      1-based epoch of {@code bestLoss}, 0 before the first epoch
 * @param elapsedSeconds training time so far
 * @param schedule       the learning-rate schedule's state
 * @param history        the finished epochs
 */
public record CheckpointState(String signature, TrainingConfig config, int epoch, int batch, double epochLossSum,
                              long epochExamples, double bestLoss, int bestEpoch, double elapsedSeconds,
                              ScheduleState schedule, List<EpochRecord> history) {

    public CheckpointState {
        history = List.copyOf(history);
    }

    /** True when every configured epoch is done. */
    public boolean finished() {
        return epoch >= config.epochs() && batch == 0;
    }
}
