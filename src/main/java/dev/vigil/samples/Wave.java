package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Waving seen from the front, 0.8–1.5 waves a second: one arm raised above the shoulder sways from side to side,
 * the forearm swinging further; the rest of the body stands, swaying a little. A calm, wide oscillation overhead,
 * never a thrust.
 */
final class Wave implements Motion {

    private static final Limb HANGING = new Limb(0.1, 0.14);

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.8, 1.5, p.tempo());
        double angle = TAU * (hz * seconds + p.phase());
        double raised = lerp(2.2, 2.6, p.amplitude());
        double sweep = lerp(0.45, 0.6, p.choice(1));
        // The whole arm sways from the shoulder and the forearm swings further, a little behind it.
        Limb waving = new Limb(raised + sweep * sin(angle), raised - 0.1 + 1.4 * sweep * sin(angle - 0.5));
        Limb resting = new Limb(HANGING.upper() + 0.02 * sin(angle), HANGING.lower() + 0.03 * sin(angle));
        boolean nearWaves = p.choice(0) < 0.5;
        Limb near = nearWaves ? waving : resting;
        Limb far = nearWaves ? resting : waving;
        Limb leg = new Limb(0.06, 0.03);
        double sway = 0.02 * sin(angle + 1.0);
        return new Pose(true, 0, 0, sway, 0, near, far, leg, new Limb(0.06, 0.03));
    }
}
