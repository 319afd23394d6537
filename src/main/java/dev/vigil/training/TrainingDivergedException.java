package dev.vigil.training;

/** The loss became NaN or infinite: the learning rate is too high for these embeddings. */
public class TrainingDivergedException extends RuntimeException {

    public TrainingDivergedException(int epoch, double loss) {
        super("training diverged in epoch " + epoch + " (loss " + loss + "); lower the learning rate and start again");
    }
}
