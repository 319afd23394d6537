package dev.vigil.training;

/**
 * How to train: the reference's loop settings.
 *
 * @param epochs       epochs in all (a resumed run counts the ones already done)
 * @param batchSize    clips per batch; at least 2, because BatchNorm needs two values per feature to train
 * @param learningRate Adam's base learning rate
 * @param schedule     how the learning rate changes per epoch
 * @param seed         seed of the shuffling, the initial weights and dropout; the same seed gives the same run
 */
public record TrainingConfig(int epochs, int batchSize, double learningRate, ScheduleConfig schedule, long seed) {

    /** The reference's seed ({@code seed_everything(42)}). */
    public static final long DEFAULT_SEED = 42;

    public TrainingConfig {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch size must be at least 2 (BatchNorm needs two clips per batch), got "
                    + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (schedule == null) {
            throw new IllegalArgumentException("schedule is missing");
        }
    }

    /** The reference's TimeSformer run: 30 epochs, batch 8, Adam 1e-3, StepLR every 10 epochs by 0.1. */
    public static TrainingConfig reference() {
        return new TrainingConfig(30, 8, 1e-3, ScheduleConfig.step(10, 0.1), DEFAULT_SEED);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(value, batchSize, learningRate, schedule, seed);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(epochs, batchSize, learningRate, schedule, value);
    }
}
