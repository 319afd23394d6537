package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Jumping jacks seen from the front: with a small hop the legs spread and the arms sweep from the
 * sides to overhead, then back, 0.9–1.3 times a second. The whole figure opens and closes symmetrically.
 */
final class JumpingJacks implements Motion {

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.9, 1.3, p.tempo());
        double cycle = hz * seconds + p.phase();
        double open = (1 - cos(TAU * cycle)) / 2;
        double armTop = lerp(2.6, 2.95, p.amplitude());
        double legSpread = lerp(0.22, 0.36, p.amplitude());
        double upper = 0.12 + (armTop - 0.12) * open;
        Limb arm = new Limb(upper, upper + 0.1 + 0.15 * open);
        double thigh = 0.03 + legSpread * open;
        Limb leg = new Limb(thigh, thigh - 0.04 - 0.08 * open);
        // A hop at each change: fastest mid-way between open and closed.
        double hop = lerp(0.035, 0.06, p.choice(1));
        double lift = hop * sin(TAU * cycle) * sin(TAU * cycle);
        return new Pose(true, 0, lift, 0, 0, arm, arm, leg, leg);
    }
}
