package dev.vigil.training;

/**
 * The learning rate per epoch, stepped once at the end of each epoch as the reference does
 * ({@code scheduler.step()}, or {@code scheduler.step(val_loss)} for the plateau schedule).
 *
 * <p>Step and cosine rates use PyTorch's closed forms, so a resumed run computes the same rate from the step count.
 * The plateau schedule follows {@code ReduceLROnPlateau} in mode {@code min} with its defaults (relative threshold
 * 1e-4, no cooldown, eps 1e-8): a loss must go down to count as better. The reference configured mode {@code max}
 * for a loss, which would lower the rate while the loss improves; Vigil does not copy that.
 */
public final class LearningRateSchedule {

    private static final double PLATEAU_THRESHOLD = 1e-4;
    private static final double PLATEAU_EPS = 1e-8;

    private final ScheduleConfig config;
    private final double base;
    private int steps;
    private double rate;
    private double best = Double.POSITIVE_INFINITY;
    private int badEpochs;

    public LearningRateSchedule(ScheduleConfig config, double baseRate) {
        this.config = config;
        this.base = baseRate;
        this.rate = baseRate;
    }

    /** The learning rate of the coming epoch. */
    public double rate() {
        return rate;
    }

    /** Ends an epoch: advances the schedule, given that epoch's validation loss (NaN when there is none). */
    public void step(double validationLoss) {
        steps++;
        switch (config.type()) {
            case CONSTANT -> rate = base;
            case STEP -> rate = base * Math.pow(config.factor(), Math.floorDiv(steps, config.stepSize()));
            case COSINE -> rate = cosine(steps, config.tMax());
            case COSINE_RESTARTS -> rate = cosine(steps % config.tMax(), config.tMax());
            case PLATEAU -> plateau(validationLoss);
        }
    }

    private double cosine(int epoch, int period) {
        double etaMin = config.etaMin();
        return etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * epoch / period)) / 2;
    }

    private void plateau(double loss) {
        if (Double.isNaN(loss)) {
            return;
        }
        if (loss < best * (1 - PLATEAU_THRESHOLD)) {
            best = loss;
            badEpochs = 0;
        } else {
            badEpochs++;
        }
        if (badEpochs > config.patience()) {
            double reduced = rate * config.factor();
            if (rate - reduced > PLATEAU_EPS) {
                rate = reduced;
            }
            badEpochs = 0;
        }
    }

    public ScheduleState state() {
        return new ScheduleState(steps, rate, best, badEpochs);
    }

    public void restore(ScheduleState state) {
        steps = state.steps();
        rate = state.rate();
        best = state.best();
        badEpochs = state.badEpochs();
    }
}
