package dev.vigil.samples;

import static dev.vigil.samples.Cycles.*;

/**
 * Repeated two-footed jumps in profile, 0.75–1.05 a second: crouch with the arms swinging back, push off as the arms
 * swing up, fly (0.14–0.26 of body height), land softly on bent knees. Some performers jump on the spot, others hop
 * a little forward each time.
 */
final class Jump implements Motion {

    private static final double CROUCH_END = 0.35;
    private static final double TAKE_OFF = 0.45;
    private static final double LANDING = 0.78;

    @Override
    public Pose pose(double seconds, Performance p) {
        double hz = lerp(0.75, 1.05, p.tempo());
        double height = lerp(0.14, 0.26, p.amplitude());
        double hop = p.choice(1) < 0.5 ? 0 : lerp(0.06, 0.2, p.choice(2));
        double cycle = hz * seconds + p.phase();
        double u = frac(cycle);
        double crouch = crouch(u);
        Limb nearLeg = leg(u);
        Limb farLeg = new Limb(nearLeg.upper() + 0.04, nearLeg.lower() + 0.02);
        double arm = arm(u);
        Limb nearArm = new Limb(arm, arm + 0.25);
        Limb farArm = new Limb(arm - 0.08, arm + 0.15);
        double forward = hipPosition(cycle, hop) - hipPosition(p.phase(), hop);
        return new Pose(false, forward, height * flight(u), 0.1 + 0.55 * crouch, 0.1 * crouch, nearArm, farArm,
                nearLeg, farLeg);
    }

    /** The feet stay where they landed; between take-off and landing the body carries them one hop on. */
    private static double hipPosition(double cycle, double hop) {
        double u = frac(cycle);
        double hops = Math.floor(cycle) + ease(progress(u, TAKE_OFF, LANDING));
        return hop * hops - Body.ankleX(leg(u));
    }

    private static Limb leg(double u) {
        double crouch = crouch(u);
        double flight = flight(u);
        return new Limb(0.95 * crouch + 0.3 * flight, -0.5 * crouch - 0.25 * flight);
    }

    private static double flight(double u) {
        return u >= TAKE_OFF && u < LANDING ? sin(Math.PI * (u - TAKE_OFF) / (LANDING - TAKE_OFF)) : 0;
    }

    /** Knee bend 0–1: the crouch before take-off and the cushioning after landing. */
    private static double crouch(double u) {
        if (u < CROUCH_END) {
            return ease(u / CROUCH_END);
        }
        if (u < TAKE_OFF) {
            return 1 - ease((u - CROUCH_END) / (TAKE_OFF - CROUCH_END));
        }
        if (u < LANDING) {
            return 0;
        }
        return 0.55 * sin(Math.PI * (u - LANDING) / (1 - LANDING));
    }

    /** Upper-arm angle: back in the crouch, thrown overhead by take-off, held up in flight, down for the landing. */
    private static double arm(double u) {
        if (u < CROUCH_END) {
            return -0.6 * ease(u / CROUCH_END);
        }
        if (u < 0.5) {
            return lerp(-0.6, 2.6, ease((u - CROUCH_END) / (0.5 - CROUCH_END)));
        }
        if (u < 0.65) {
            return 2.6;
        }
        if (u < 0.88) {
            return lerp(2.6, 0.2, ease((u - 0.65) / 0.23));
        }
        return lerp(0.2, 0, ease((u - 0.88) / 0.12));
    }
}
