package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Skipping in profile, 0.85–1.15 cycles a second: each leg does a step and a hop, then flies while the other knee
 * drives high; the arm opposite the high knee swings up. Faster than walking, bouncier than running.
 */
final class Skip implements Motion {

    /** Fraction of each step-hop spent on the ground. */
    private static final double STANCE = 0.62;

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.85, 1.15, p.tempo());
        double reach = lerp(0.26, 0.34, p.amplitude());
        double kneeDrive = lerp(0.8, 1.05, p.choice(1));
        double cycle = hz * seconds + p.phase();
        Limb nearLeg = leg(frac(cycle), reach, kneeDrive);
        Limb farLeg = leg(frac(cycle + 0.5), reach, kneeDrive);
        double forward = Gait.forward(2 * p.phase(), 2 * cycle, STANCE, w -> Body.ankleX(leg(w / 2, reach, kneeDrive)));
        double stepPhase = frac(2 * cycle);
        double flight = stepPhase < STANCE ? 0 : sin(Math.PI * (stepPhase - STANCE) / (1 - STANCE));
        double lift = lerp(0.06, 0.1, p.amplitude()) * flight;
        // Each arm follows the opposite thigh, so it rises as the other knee drives up.
        Limb nearArm = arm(farLeg.upper());
        Limb farArm = arm(nearLeg.upper());
        return new Pose(false, forward, lift, 0.08, 0.05, nearArm, farArm, nearLeg, farLeg);
    }

    /** One leg at phase u: a step-hop on it in [0, 0.5), then the swing with the knee driven up in [0.5, 1). */
    static Limb leg(double u, double reach, double kneeDrive) {
        if (u < 0.5) {
            double w = u / 0.5;
            if (w < STANCE) {
                double s = w / STANCE;
                double thigh = reach - 2 * reach * s;
                return new Limb(thigh, thigh - 0.15 - 0.3 * sin(Math.PI * s));
            }
            double s = (w - STANCE) / (1 - STANCE);
            double thigh = -reach - 0.1 * sin(Math.PI * s);
            return new Limb(thigh, thigh - 0.15 - 0.6 * s);
        }
        double w = (u - 0.5) / 0.5;
        double thigh = lerp(-reach, reach, ease(w)) + kneeDrive * StrictMath.pow(sin(Math.PI * w), 1.2);
        double knee = 0.75 + 0.9 * sin(Math.PI * w) - 0.6 * w;
        return new Limb(thigh, thigh - knee);
    }

    private static Limb arm(double oppositeThigh) {
        double upper = 0.1 + 0.95 * oppositeThigh;
        return new Limb(upper, upper + 0.55);
    }
}
