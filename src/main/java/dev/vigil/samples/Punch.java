package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Punching in profile (anomalous): a boxer's stance with the fists guarding the chin, and straight jabs 3.5–5 a
 * second, each arm shooting out to full reach in a twentieth of a second and snapping back; the body leans and shifts
 * its weight into each punch. Fast, horizontal, arm-only motion while the body stays in place.
 */
final class Punch implements Motion {

    private static final double OUT = 0.05;
    private static final double HOLD = 0.025;
    private static final double BACK = 0.09;
    private static final Limb STANCE_FRONT = new Limb(0.3, 0.14);

    @Override
    public Pose pose(double seconds, Performance p) {
        double interval = lerp(0.28, 0.2, p.tempo());
        double time = seconds + p.phase() * interval;
        double nearExtension = 0;
        double farExtension = 0;
        long first = (long) Math.floor(time / interval) - 1;
        for (long n = first; n <= first + 2; n++) {
            double jitter = (Rng.hashUnit(p.seed(), n, 1) - 0.5) * 0.3 * interval;
            double extension = extension(time - (n * interval + jitter));
            boolean lead = Rng.hashUnit(p.seed(), n, 2) < 0.3 || Math.floorMod(n, 2) == 0;
            if (lead) {
                nearExtension = Math.max(nearExtension, extension);
            } else {
                farExtension = Math.max(farExtension, extension);
            }
        }
        double target = lerp(1.35, 1.6, p.amplitude());
        Limb nearArm = arm(nearExtension, target);
        Limb farArm = arm(farExtension, target + 0.05);
        // Weight goes into each punch: the torso leans and the hips rock forward over the planted front foot.
        double drive = Math.max(nearExtension, farExtension);
        double rock = 0.06 * drive;
        Limb nearLeg = new Limb(0.3 - rock, 0.14 - rock);
        Limb farLeg = new Limb(-0.28 - rock, -0.42 - rock);
        double lean = 0.1 + 0.22 * drive;
        double forward = Body.ankleX(STANCE_FRONT) - Body.ankleX(nearLeg);
        return new Pose(false, forward, 0, lean, 0.15, nearArm, farArm, nearLeg, farLeg);
    }

    /** Guard (fist by the chin) at 0, arm straight out at the target height at 1. */
    private static Limb arm(double extension, double target) {
        return new Limb(lerp(0.3, target, extension), lerp(2.7, target + 0.02, extension));
    }

    /** Reach of one jab {@code t} seconds after it starts: out fast, a short hold, back a little slower. */
    private static double extension(double t) {
        if (t < 0 || t > OUT + HOLD + BACK) {
            return 0;
        }
        if (t < OUT) {
            double s = t / OUT;
            return 1 - (1 - s) * (1 - s);
        }
        if (t < OUT + HOLD) {
            return 1;
        }
        return 1 - ease((t - OUT - HOLD) / BACK);
    }
}
