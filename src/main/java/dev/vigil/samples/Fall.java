package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * A fall, in profile (anomalous): the figure stands, wobbles, then topples like a toppling pole, pivoting on its feet
 * and accelerating (angle grows with the square of time) until it lies on the ground, where it stays still. Most
 * fall forward onto their arms, some backwards; some buckle at the knees on the way down.
 */
final class Fall implements Motion {

    @Override
    public Pose pose(double seconds, Performance p) {
        double onset = lerp(0.45, 1.1, p.phase());
        double duration = lerp(0.85, 0.55, p.tempo());
        double direction = p.choice(0) < 0.7 ? 1 : -1;
        double buckle = p.choice(1);
        double restingKnee = lerp(0, 0.7, p.choice(2));
        double tau = progress(seconds, onset, onset + duration);
        double settle = ease(progress(seconds, onset + duration, onset + duration + 0.35));

        double tilt = direction * (Math.PI / 2 - 0.04) * tau * tau;
        double give = sin(Math.PI * tau);
        double wobble = 0.015 * sin(TAU * 0.4 * seconds)
                + 0.05 * ease(progress(seconds, onset - 0.5, onset)) * (1 - tau) * sin(TAU * 2.2 * seconds);
        double torso = tilt + direction * 0.15 * give + wobble;

        Limb nearLeg = fallingLeg(tilt, buckle * give, 0.02);
        Limb farLeg = fallingLeg(tilt, buckle * give, -0.03);
        // Once down, one knee may bend as the body settles; the pinned feet no longer hold the hip.
        Limb restingLeg = restingLeg(direction, restingKnee * settle);
        if (settle > 0) {
            nearLeg = Limb.lerp(nearLeg, restingLeg, settle);
        }

        double reach = ease(Math.min(1, tau * 1.5));
        Limb nearArm = arm(0.05, 0.12, direction * (Math.PI / 2 - 0.25), direction * (Math.PI / 2 + 0.25), reach);
        Limb farArm = arm(-0.03, 0.05, direction * (Math.PI / 2 - 0.6), direction * (Math.PI / 2 - 0.1), reach);

        double breathing = 0.004 * sin(TAU * 0.3 * seconds) * settle;
        double pinned = Body.ankleX(fallingLeg(0, 0, 0.02)) - Body.ankleX(fallingLeg(tilt, buckle * give, 0.02));
        double landed = Body.ankleX(fallingLeg(0, 0, 0.02)) - Body.ankleX(fallingLeg(direction * (Math.PI / 2 - 0.04), 0, 0.02));
        double forward = tau < 1 ? pinned : landed;
        double head = -0.25 * direction * tau + wobble;
        return new Pose(false, forward, 0, torso + breathing, head, nearArm, farArm, nearLeg, farLeg);
    }

    /** A leg of a body tilted by {@code tilt}: it points away from the head, knees giving by {@code give}. */
    private static Limb fallingLeg(double tilt, double give, double stance) {
        double thigh = -tilt + stance + 0.5 * give;
        return new Limb(thigh, thigh - 0.9 * give);
    }

    /** Lying down: on the front a bent knee lifts the foot, on the back it lifts the knee. */
    private static Limb restingLeg(double direction, double knee) {
        if (direction > 0) {
            return new Limb(-Math.PI / 2 + 0.04, -Math.PI / 2 + 0.04 - knee);
        }
        return new Limb(Math.PI / 2 - 0.04 + 0.5 * knee, Math.PI / 2 - 0.04 - 0.5 * knee);
    }

    private static Limb arm(double upper, double lower, double upperDown, double lowerDown, double reach) {
        return new Limb(lerp(upper, upperDown, reach), lerp(lower, lowerDown, reach));
    }
}
