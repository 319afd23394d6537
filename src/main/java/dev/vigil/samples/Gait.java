package dev.vigil.samples;

import java.util.function.DoubleUnaryOperator;

/**
 * Travel of a stepping gait, derived from the legs so that a planted foot (or knee) does not slide: while a contact is
 * on the ground the hip moves exactly opposite to the contact's motion relative to the hip; in flight it keeps the
 * average speed. The result is a function of time alone, like the rest of a motion.
 */
final class Gait {

    private Gait() {
    }

    /**
     * Forward distance the hip travels from step count {@code startSteps} to {@code steps}.
     *
     * @param startSteps continuous step count when the activity began (its phase)
     * @param steps      continuous step count now: two steps per gait cycle
     * @param stance   fraction of each step during which the contact is planted, in (0, 1]; the rest is flight
     * @param contactX forward position of the planted contact relative to the hip, as a function of the step phase
     *                 in [0, stance]
     */
    static double forward(double startSteps, double steps, double stance, DoubleUnaryOperator contactX) {
        return travel(steps, stance, contactX) - travel(startSteps, stance, contactX);
    }

    private static double travel(double steps, double stance, DoubleUnaryOperator contactX) {
        double step = Math.floor(steps);
        double w = steps - step;
        double start = contactX.applyAsDouble(0);
        double stanceTravel = start - contactX.applyAsDouble(stance);
        double stepLength = stanceTravel / stance;
        if (w < stance) {
            return step * stepLength + start - contactX.applyAsDouble(w);
        }
        return step * stepLength + stanceTravel + (w - stance) / (1 - stance) * (stepLength - stanceTravel);
    }
}
