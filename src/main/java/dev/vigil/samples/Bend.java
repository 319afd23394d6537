package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Bending down to the toes and straightening up, in profile, 0.45–0.65 times a second: the torso folds at the hips to
 * 65–90° in under a second, pauses, and rises again; the feet stay planted and the hips shift back for balance.
 * Slow and reversible, which is what tells it from a fall.
 */
final class Bend implements Motion {

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.45, 0.65, p.tempo());
        double depth = lerp(1.15, 1.6, p.amplitude());
        double knees = lerp(0.02, 0.25, p.choice(1));
        double b = fold(frac(hz * seconds + p.phase()));
        Limb nearLeg = leg(b, knees);
        Limb farLeg = new Limb(nearLeg.upper() - 0.05, nearLeg.lower() - 0.05);
        // The arms hang from the shoulders, reaching towards the feet as the torso goes down.
        double arm = 0.05 + 0.25 * b;
        Limb nearArm = new Limb(arm, arm + 0.1 + 0.15 * b);
        Limb farArm = new Limb(arm - 0.06, arm + 0.05 + 0.15 * b);
        double start = fold(frac(p.phase()));
        double forward = Body.ankleX(leg(start, knees)) - Body.ankleX(nearLeg);
        return new Pose(false, forward, 0, 0.03 + depth * b, 0.3 * b, nearArm, farArm, nearLeg, farLeg);
    }

    private static Limb leg(double b, double knees) {
        double thigh = 0.16 * b + 0.4 * knees * b;
        return new Limb(thigh, thigh - 0.02 - 0.8 * knees * b);
    }

    /** How far down, 0–1: stand, go down, hold, come up, stand. */
    private static double fold(double u) {
        if (u < 0.08) {
            return 0;
        }
        if (u < 0.45) {
            return ease((u - 0.08) / 0.37);
        }
        if (u < 0.58) {
            return 1;
        }
        if (u < 0.92) {
            return 1 - ease((u - 0.58) / 0.34);
        }
        return 0;
    }
}
