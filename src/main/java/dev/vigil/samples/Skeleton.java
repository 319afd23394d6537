package dev.vigil.samples;

import static dev.vigil.samples.Body.*;

/**
 * Where each joint of a {@link Pose} lies, in figure units: x along the facing direction (or +x of a front view)
 * relative to the hip, y up from the ground. The figure is grounded: its lowest point (a sole, a knee, a hand, the
 * body when lying) touches y = 0, raised by the pose's lift. Grounding by the lowest point is what makes a walker's
 * hip rise and fall over the stance leg and a squatting jumper sink, without any motion having to say so.
 */
public final class Skeleton {

    private final double[] x = new double[Joint.values().length];
    private final double[] y = new double[Joint.values().length];
    private final boolean frontal;

    private Skeleton(boolean frontal) {
        this.frontal = frontal;
    }

    /** Forward kinematics of a pose, grounded. */
    public static Skeleton of(Pose pose) {
        Skeleton s = new Skeleton(pose.frontal());
        s.place(pose);
        s.ground(pose.lift());
        return s;
    }

    public double x(Joint joint) {
        return x[joint.ordinal()];
    }

    public double y(Joint joint) {
        return y[joint.ordinal()];
    }

    public boolean frontal() {
        return frontal;
    }

    private void place(Pose pose) {
        double sinT = StrictMath.sin(pose.torso());
        double cosT = StrictMath.cos(pose.torso());
        double hipSide = frontal ? HIP_OFFSET_FRONT : 0;
        double shoulderSide = frontal ? SHOULDER_OFFSET_FRONT : 0;
        set(Joint.HIP, 0, 0);
        // Sideways offsets turn with the torso in a front view, so a leaning body keeps its shape.
        set(Joint.HIP_NEAR, hipSide * cosT, -hipSide * sinT);
        set(Joint.HIP_FAR, -hipSide * cosT, hipSide * sinT);
        set(Joint.CHEST, TORSO * sinT, TORSO * cosT);
        double sx = SHOULDER * sinT;
        double sy = SHOULDER * cosT;
        set(Joint.SHOULDER_NEAR, sx + shoulderSide * cosT, sy - shoulderSide * sinT);
        set(Joint.SHOULDER_FAR, sx - shoulderSide * cosT, sy + shoulderSide * sinT);
        double headAngle = pose.torso() + pose.head();
        double neck = NECK + HEAD_RADIUS;
        set(Joint.HEAD, x(Joint.CHEST) + neck * StrictMath.sin(headAngle), y(Joint.CHEST) + neck * StrictMath.cos(headAngle));
        double near = 1;
        double far = frontal ? -1 : 1;
        chain(Joint.SHOULDER_NEAR, Joint.ELBOW_NEAR, Joint.HAND_NEAR, pose.nearArm(), UPPER_ARM, FOREARM, near);
        chain(Joint.SHOULDER_FAR, Joint.ELBOW_FAR, Joint.HAND_FAR, pose.farArm(), UPPER_ARM, FOREARM, far);
        chain(Joint.HIP_NEAR, Joint.KNEE_NEAR, Joint.ANKLE_NEAR, pose.nearLeg(), THIGH, SHIN, near);
        chain(Joint.HIP_FAR, Joint.KNEE_FAR, Joint.ANKLE_FAR, pose.farLeg(), THIGH, SHIN, far);
        foot(Joint.ANKLE_NEAR, Joint.HEEL_NEAR, Joint.TOE_NEAR, pose.nearLeg().lower(), near);
        foot(Joint.ANKLE_FAR, Joint.HEEL_FAR, Joint.TOE_FAR, pose.farLeg().lower(), far);
    }

    private void chain(Joint root, Joint middle, Joint end, Limb limb, double upper, double lower, double side) {
        set(middle, x(root) + side * upper * StrictMath.sin(limb.upper()), y(root) - upper * StrictMath.cos(limb.upper()));
        set(end, x(middle) + side * lower * StrictMath.sin(limb.lower()), y(middle) - lower * StrictMath.cos(limb.lower()));
    }

    private void foot(Joint ankle, Joint heel, Joint toe, double shin, double side) {
        double ax = x(ankle);
        double ay = y(ankle);
        if (frontal) {
            // Seen from the front a foot is short and points a little outwards.
            set(heel, ax, ay - ANKLE_HEIGHT);
            set(toe, ax + side * 0.03, ay - ANKLE_HEIGHT - 0.004);
            return;
        }
        // The foot stays nearly flat while the shin swings and turns with it as the leg tilts further; a leg
        // stretched out behind (lying face down, crawling) points its toes back, in line with the shin.
        double pitch = shin * (0.5 + 0.5 * Math.min(1, Math.abs(shin) / 1.3));
        if (shin < -1) {
            pitch += (shin - Math.PI / 2 - pitch) * Math.min(1, (-1 - shin) / 0.5);
        }
        double fx = StrictMath.cos(pitch);
        double fy = StrictMath.sin(pitch);
        // (fy, -fx) points from the ankle towards the sole.
        set(heel, ax - 0.012 * fx + ANKLE_HEIGHT * fy, ay - 0.012 * fy - ANKLE_HEIGHT * fx);
        set(toe, ax + (FOOT_LENGTH - 0.012) * fx + ANKLE_HEIGHT * fy, ay + (FOOT_LENGTH - 0.012) * fy - ANKLE_HEIGHT * fx);
    }

    private void ground(double lift) {
        double lowest = Double.POSITIVE_INFINITY;
        lowest = Math.min(lowest, y(Joint.HEEL_NEAR) - FOOT_RADIUS);
        lowest = Math.min(lowest, y(Joint.TOE_NEAR) - FOOT_RADIUS);
        lowest = Math.min(lowest, y(Joint.HEEL_FAR) - FOOT_RADIUS);
        lowest = Math.min(lowest, y(Joint.TOE_FAR) - FOOT_RADIUS);
        lowest = Math.min(lowest, y(Joint.KNEE_NEAR) - KNEE_RADIUS);
        lowest = Math.min(lowest, y(Joint.KNEE_FAR) - KNEE_RADIUS);
        lowest = Math.min(lowest, y(Joint.HAND_NEAR) - HAND_RADIUS);
        lowest = Math.min(lowest, y(Joint.HAND_FAR) - HAND_RADIUS);
        lowest = Math.min(lowest, y(Joint.ELBOW_NEAR) - ELBOW_RADIUS);
        lowest = Math.min(lowest, y(Joint.ELBOW_FAR) - ELBOW_RADIUS);
        double hipRadius = frontal ? HIP_RADIUS_FRONT : HIP_RADIUS_SIDE;
        double chestRadius = frontal ? CHEST_RADIUS_FRONT : CHEST_RADIUS_SIDE;
        lowest = Math.min(lowest, y(Joint.HIP) - hipRadius);
        lowest = Math.min(lowest, y(Joint.CHEST) - chestRadius);
        lowest = Math.min(lowest, y(Joint.HEAD) - HEAD_RADIUS);
        double shift = lift - lowest;
        for (int i = 0; i < y.length; i++) {
            y[i] += shift;
        }
    }

    private void set(Joint joint, double px, double py) {
        x[joint.ordinal()] = px;
        y[joint.ordinal()] = py;
    }
}
