package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Crawling on hands and knees, in profile (anomalous): the torso nearly horizontal at knee height, diagonal pairs
 * (near arm with far leg) moving together, 0.45–0.75 cycles a second, knees and hands planted while the body slides
 * over them. Low, horizontal and slow.
 */
final class Crawl implements Motion {

    private static final double ARM = Body.UPPER_ARM + Body.FOREARM;

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.45, 0.75, p.tempo());
        double legSwing = lerp(0.24, 0.34, p.amplitude());
        double armSwing = StrictMath.asin(Body.THIGH * sin(legSwing) / ARM);
        double cycle = hz * seconds + p.phase();
        double u = frac(cycle);
        Limb nearLeg = leg(u, legSwing);
        Limb farLeg = leg(frac(u + 0.5), legSwing);
        Limb farArm = arm(u, armSwing);
        Limb nearArm = arm(frac(u + 0.5), armSwing);
        // Tilt the torso so that the shoulders sit exactly an arm's length above the ground and the hips a thigh's.
        Limb stanceLeg = u < 0.5 ? nearLeg : farLeg;
        Limb stanceArm = u < 0.5 ? farArm : nearArm;
        double hipDrop = Body.THIGH * cos(stanceLeg.upper()) + Body.KNEE_RADIUS;
        double shoulderDrop = ARM * cos(stanceArm.upper()) + Body.HAND_RADIUS;
        double torso = StrictMath.acos(Math.max(-1, Math.min(1, (shoulderDrop - hipDrop) / Body.SHOULDER)));
        double forward = Gait.forward(2 * p.phase(), 2 * cycle, 1.0, w -> Body.kneeX(leg(w / 2, legSwing)));
        return new Pose(false, forward, 0, torso, -0.7, nearArm, farArm, nearLeg, farLeg);
    }

    /** A leg: the knee planted and sliding back in [0, 0.5), swung forward with the foot lifting in [0.5, 1). */
    private static Limb leg(double u, double swing) {
        if (u < 0.5) {
            double thigh = 0.08 + swing - 4 * swing * u;
            return new Limb(thigh, -Math.PI / 2 + 0.03);
        }
        double s = (u - 0.5) / 0.5;
        double thigh = 0.08 - swing + 2 * swing * ease(s);
        return new Limb(thigh, -Math.PI / 2 + 0.03 - 0.35 * sin(Math.PI * s));
    }

    /** An arm: straight and planted in [0, 0.5), reaching forward with the elbow bent (hand lifted) in [0.5, 1). */
    private static Limb arm(double u, double swing) {
        if (u < 0.5) {
            double upper = swing - 4 * swing * u;
            return new Limb(upper, upper);
        }
        double s = (u - 0.5) / 0.5;
        double upper = -swing + 2 * swing * ease(s);
        return new Limb(upper, upper + 0.5 * sin(Math.PI * s));
    }
}
