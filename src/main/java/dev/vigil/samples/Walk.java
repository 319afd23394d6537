package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Walking in profile, 0.8–1.05 strides a second: each leg is planted for half the cycle while its thigh sweeps back
 * at an even rate, then swings through with the knee bending to about 60°; the arms swing against the legs.
 */
final class Walk implements Motion {

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.8, 1.05, p.tempo());
        double reach = lerp(0.34, 0.46, p.amplitude());
        double armSwing = lerp(0.3, 0.5, p.choice(1));
        double cycle = hz * seconds + p.phase();
        double nearPhase = frac(cycle);
        Limb nearLeg = leg(nearPhase, reach);
        Limb farLeg = leg(frac(cycle + 0.5), reach);
        double forward = Gait.forward(2 * p.phase(), 2 * cycle, 1.0, w -> Body.ankleX(leg(w / 2, reach)));
        // The arm swings opposite to the leg on its side: back as that leg reaches forward.
        double swing = -armSwing * cos(TAU * nearPhase);
        double lean = 0.05 + 0.02 * cos(2 * TAU * cycle);
        return new Pose(false, forward, 0, lean, 0.06, arm(swing), arm(-swing), nearLeg, farLeg);
    }

    /** One leg at phase u of its cycle: stance in [0, 0.5), swing in [0.5, 1). */
    static Limb leg(double u, double reach) {
        if (u < 0.5) {
            double s = u / 0.5;
            double thigh = reach - 2 * reach * s;
            double knee = 0.12 * sin(Math.PI * s);
            return new Limb(thigh, thigh - knee);
        }
        double s = (u - 0.5) / 0.5;
        double thigh = -reach + 2 * reach * ease(s);
        double knee = 1.05 * sin(Math.PI * StrictMath.pow(s, 0.75));
        return new Limb(thigh, thigh - knee);
    }

    /** An arm swinging to angle {@code upper}, the elbow bending more as it comes forward. */
    static Limb arm(double upper) {
        return new Limb(upper, upper + 0.2 + 0.35 * Math.max(0, upper));
    }
}
