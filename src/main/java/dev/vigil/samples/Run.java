package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Running in profile, 1.25–1.55 strides a second: short stances (36 % of the cycle) with a flight phase between them,
 * the swing knee folding to over 100°, arms bent at the elbow pumping against the legs, the body leaning forward.
 */
final class Run implements Motion {

    private static final double STANCE = 0.36;

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(1.25, 1.55, p.tempo());
        double reach = lerp(0.3, 0.4, p.amplitude());
        double cycle = hz * seconds + p.phase();
        double nearPhase = frac(cycle);
        Limb nearLeg = leg(nearPhase, reach);
        Limb farLeg = leg(frac(cycle + 0.5), reach);
        double forward = Gait.forward(2 * p.phase(), 2 * cycle, 2 * STANCE, w -> Body.ankleX(leg(w / 2, reach)));
        double stepPhase = frac(2 * cycle);
        double flight = stepPhase < 2 * STANCE ? 0 : sin(Math.PI * (stepPhase - 2 * STANCE) / (1 - 2 * STANCE));
        double lift = (0.03 + 0.025 * p.amplitude()) * flight;
        // Arms pump against the legs: the near arm is furthest back as the near thigh is furthest forward.
        double pump = lerp(0.45, 0.65, p.choice(1)) * cos(TAU * (nearPhase - 0.85));
        double lean = lerp(0.14, 0.22, p.choice(2)) + 0.02 * cos(2 * TAU * cycle);
        return new Pose(false, forward, lift, lean, 0.1, arm(-pump), arm(pump), nearLeg, farLeg);
    }

    /** One leg at phase u of its cycle: stance in [0, STANCE), then swing. */
    static Limb leg(double u, double reach) {
        if (u < STANCE) {
            double s = u / STANCE;
            double thigh = reach - 2 * reach * s;
            double knee = 0.25 + 0.25 * sin(Math.PI * s);
            return new Limb(thigh, thigh - knee);
        }
        double s = (u - STANCE) / (1 - STANCE);
        double thigh = -reach + 2 * reach * ease(s) + 0.45 * sin(Math.PI * StrictMath.pow(s, 1.6));
        double knee = 0.25 + 1.6 * sin(Math.PI * StrictMath.pow(s, 0.7));
        return new Limb(thigh, thigh - knee);
    }

    private static Limb arm(double upper) {
        return new Limb(upper + 0.1, upper + 1.65);
    }
}
