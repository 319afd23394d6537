package dev.vigil.training;

/**
 * A learning-rate schedule and its settings; each type reads only its own fields.
 *
 * @param type     which schedule
 * @param stepSize epochs between steps ({@link ScheduleType#STEP})
 * @param factor   multiplier at each step or plateau ({@link ScheduleType#STEP}, {@link ScheduleType#PLATEAU})
 * @param patience epochs without improvement before a plateau step ({@link ScheduleType#PLATEAU})
 * @param tMax     epochs of one cosine half-period ({@link ScheduleType#COSINE}, {@link ScheduleType#COSINE_RESTARTS})
 * @param etaMin   lowest learning rate of the cosine
 */
public record ScheduleConfig(ScheduleType type, int stepSize, double factor, int patience, int tMax, double etaMin) {

    public ScheduleConfig {
        if (type == null) {
            throw new IllegalArgumentException("schedule type is missing (allowed: " + ScheduleType.allowed() + ")");
        }
        switch (type) {
            case STEP -> {
                require(stepSize >= 1, "StepLR step size must be at least 1 epoch, got " + stepSize);
                require(factor > 0 && factor <= 1, "StepLR factor must be in (0, 1], got " + factor);
            }
            case PLATEAU -> {
                require(patience >= 0, "ReduceLROnPlateau patience must be 0 or more, got " + patience);
                require(factor > 0 && factor < 1, "ReduceLROnPlateau factor must be in (0, 1), got " + factor);
            }
            case COSINE, COSINE_RESTARTS -> {
                require(tMax >= 1, type.id() + " T_max must be at least 1 epoch, got " + tMax);
                require(etaMin >= 0, type.id() + " eta_min must be 0 or more, got " + etaMin);
            }
            case CONSTANT -> {
                // nothing to check
            }
        }
    }

    public static ScheduleConfig constant() {
        return new ScheduleConfig(ScheduleType.CONSTANT, 1, 1, 0, 1, 0);
    }

    /** The reference's default: StepLR. */
    public static ScheduleConfig step(int stepSize, double factor) {
        return new ScheduleConfig(ScheduleType.STEP, stepSize, factor, 0, 1, 0);
    }

    public static ScheduleConfig plateau(double factor, int patience) {
        return new ScheduleConfig(ScheduleType.PLATEAU, 1, factor, patience, 1, 0);
    }

    public static ScheduleConfig cosine(int tMax, double etaMin) {
        return new ScheduleConfig(ScheduleType.COSINE, 1, 1, 0, tMax, etaMin);
    }

    public static ScheduleConfig cosineRestarts(int tMax, double etaMin) {
        return new ScheduleConfig(ScheduleType.COSINE_RESTARTS, 1, 1, 0, tMax, etaMin);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
