package dev.vigil.samples;

/** The points of the figure's skeleton. "Near" and "far" follow {@link Pose}. */
public enum Joint {
    HIP, HIP_NEAR, HIP_FAR, CHEST, HEAD,
    SHOULDER_NEAR, ELBOW_NEAR, HAND_NEAR, SHOULDER_FAR, ELBOW_FAR, HAND_FAR,
    KNEE_NEAR, ANKLE_NEAR, HEEL_NEAR, TOE_NEAR, KNEE_FAR, ANKLE_FAR, HEEL_FAR, TOE_FAR
}
