package dev.vigil.samples;

/**
 * One posture of the figure, in figure units where the standing figure is 1 tall.
 *
 * <p>A side view ({@code frontal == false}) sees the figure in profile facing forward; "near" limbs are on the
 * camera's side and are drawn in front of the body. A front view sees the figure facing the camera; "near" limbs are
 * then on the +x side of the picture. Joint angles follow {@link Limb}.
 *
 * @param frontal true for a front view, false for a profile
 * @param forward how far the hip has moved along the facing direction since the activity began (figure units); it
 *                carries both travel (walking) and in-place shifts (hips moving back as the figure bends)
 * @param lift    height of the lowest body point above the ground (0 while anything touches it; positive in flight)
 * @param torso   torso angle from straight up, positive leaning forward (or towards +x in a front view)
 * @param head    head tilt relative to the torso, positive forward (chin down)
 */
public record Pose(boolean frontal, double forward, double lift, double torso, double head,
                   Limb nearArm, Limb farArm, Limb nearLeg, Limb farLeg) {

    /**
     * Blends two poses: angles and offsets linearly, the view switching half way. Used to ease from one activity
     * into the next in a sequence instead of snapping.
     */
    public static Pose lerp(Pose a, Pose b, double t) {
        return new Pose(t < 0.5 ? a.frontal : b.frontal,
                a.forward + (b.forward - a.forward) * t,
                a.lift + (b.lift - a.lift) * t,
                a.torso + (b.torso - a.torso) * t,
                a.head + (b.head - a.head) * t,
                Limb.lerp(a.nearArm, b.nearArm, t), Limb.lerp(a.farArm, b.farArm, t),
                Limb.lerp(a.nearLeg, b.nearLeg, t), Limb.lerp(a.farLeg, b.farLeg, t));
    }

    /** The same pose with another forward offset. */
    public Pose withForward(double value) {
        return new Pose(frontal, value, lift, torso, head, nearArm, farArm, nearLeg, farLeg);
    }
}
