package dev.vigil.samples;

/**
 * Proportions of the figure in figure units (standing height 1), after common anthropometric ratios: the legs are
 * about half the height, the head about an eighth. Radii are half the thickness of each part.
 */
final class Body {

    static final double THIGH = 0.245;
    static final double SHIN = 0.235;
    static final double UPPER_ARM = 0.165;
    static final double FOREARM = 0.15;
    /** Hip to the top of the torso. */
    static final double TORSO = 0.29;
    /** Hip to the shoulder joints, along the torso. */
    static final double SHOULDER = 0.265;
    static final double NECK = 0.035;
    static final double HEAD_RADIUS = 0.062;
    static final double HAND_RADIUS = 0.026;
    static final double FOOT_LENGTH = 0.075;
    static final double FOOT_RADIUS = 0.021;
    /** How far the sole lies below the ankle joint. */
    static final double ANKLE_HEIGHT = 0.019;

    static final double THIGH_RADIUS = 0.046;
    static final double KNEE_RADIUS = 0.037;
    static final double ANKLE_RADIUS = 0.027;
    static final double UPPER_ARM_RADIUS = 0.03;
    static final double ELBOW_RADIUS = 0.025;
    static final double WRIST_RADIUS = 0.021;

    /** Torso half-thickness in profile (hip, chest) and half-width from the front (hip, chest). */
    static final double HIP_RADIUS_SIDE = 0.062;
    static final double CHEST_RADIUS_SIDE = 0.072;
    static final double HIP_RADIUS_FRONT = 0.082;
    static final double CHEST_RADIUS_FRONT = 0.1;
    /** Sideways offsets of the hip and shoulder joints from the midline, seen from the front. */
    static final double HIP_OFFSET_FRONT = 0.05;
    static final double SHOULDER_OFFSET_FRONT = 0.095;

    /** Ankle to sole plus shin plus thigh: the hip height of a figure standing straight. */
    static final double LEG = THIGH + SHIN;

    private Body() {
    }

    /** Forward distance from the hip to the ankle of a leg (side view). */
    static double ankleX(Limb leg) {
        return THIGH * StrictMath.sin(leg.upper()) + SHIN * StrictMath.sin(leg.lower());
    }

    /** Forward distance from the hip to the knee (side view). */
    static double kneeX(Limb leg) {
        return THIGH * StrictMath.sin(leg.upper());
    }
}
