package dev.vigil.samples;

import static dev.vigil.samples.Body.*;

/**
 * Paints a {@link Skeleton} as a person: thick limbs with round joints, a torso, a head with hair, shoes. Every part
 * gets a thin darker rim so that an arm in front of the body stays readable after video compression; in profile the
 * far limbs are shaded, as they would be in the body's shadow.
 */
final class FigurePainter {

    private static final double FAR_SHADE = 0.74;
    private static final double RIM_SHADE = 0.55;
    /** Rim width in pixels. */
    private static final double RIM = 0.7;

    private final RgbCanvas canvas;
    private final FigureStyle style;
    private final Placement at;
    private final double offsetX;
    private final double offsetY;

    /** Paints onto {@code canvas}; {@code offsetX/Y} move the whole figure with the camera's shake. */
    FigurePainter(RgbCanvas canvas, FigureStyle style, Placement at, double offsetX, double offsetY) {
        this.canvas = canvas;
        this.style = style;
        this.at = at;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    void paint(Skeleton s) {
        if (s.frontal()) {
            leg(s, Joint.HIP_FAR, Joint.KNEE_FAR, Joint.ANKLE_FAR, Joint.HEEL_FAR, Joint.TOE_FAR, 1);
            leg(s, Joint.HIP_NEAR, Joint.KNEE_NEAR, Joint.ANKLE_NEAR, Joint.HEEL_NEAR, Joint.TOE_NEAR, 1);
            torso(s);
            arm(s, Joint.SHOULDER_FAR, Joint.ELBOW_FAR, Joint.HAND_FAR, 1);
            arm(s, Joint.SHOULDER_NEAR, Joint.ELBOW_NEAR, Joint.HAND_NEAR, 1);
            head(s);
            return;
        }
        arm(s, Joint.SHOULDER_FAR, Joint.ELBOW_FAR, Joint.HAND_FAR, FAR_SHADE);
        leg(s, Joint.HIP_FAR, Joint.KNEE_FAR, Joint.ANKLE_FAR, Joint.HEEL_FAR, Joint.TOE_FAR, FAR_SHADE);
        torso(s);
        leg(s, Joint.HIP_NEAR, Joint.KNEE_NEAR, Joint.ANKLE_NEAR, Joint.HEEL_NEAR, Joint.TOE_NEAR, 1);
        head(s);
        arm(s, Joint.SHOULDER_NEAR, Joint.ELBOW_NEAR, Joint.HAND_NEAR, 1);
    }

    private void leg(Skeleton s, Joint hip, Joint knee, Joint ankle, Joint heel, Joint toe, double shade) {
        int legwear = Rgb.scale(style.legwear(), shade);
        int shin = Rgb.scale(style.shorts() ? style.skin() : style.legwear(), shade);
        part(s, heel, FOOT_RADIUS, toe, FOOT_RADIUS, Rgb.scale(style.shoes(), shade));
        part(s, knee, KNEE_RADIUS, ankle, ANKLE_RADIUS, shin);
        part(s, hip, THIGH_RADIUS, knee, KNEE_RADIUS, legwear);
    }

    private void arm(Skeleton s, Joint shoulder, Joint elbow, Joint hand, double shade) {
        int sleeve = Rgb.scale(style.shirt(), shade);
        int forearm = Rgb.scale(style.longSleeves() ? style.shirt() : style.skin(), shade);
        part(s, elbow, ELBOW_RADIUS, hand, WRIST_RADIUS, forearm);
        part(s, hand, HAND_RADIUS, hand, HAND_RADIUS, Rgb.scale(style.skin(), shade));
        part(s, shoulder, UPPER_ARM_RADIUS, elbow, ELBOW_RADIUS, sleeve);
    }

    private void torso(Skeleton s) {
        if (s.frontal()) {
            // From the front: the shirt from the waist up, and the hips as a band of legwear between the hip joints.
            double wx = s.x(Joint.HIP) + (s.x(Joint.CHEST) - s.x(Joint.HIP)) * 0.25;
            double wy = s.y(Joint.HIP) + (s.y(Joint.CHEST) - s.y(Joint.HIP)) * 0.25;
            capsule(wx, wy, HIP_RADIUS_FRONT, s.x(Joint.CHEST), s.y(Joint.CHEST), CHEST_RADIUS_FRONT, style.shirt(), true);
            part(s, Joint.HIP_NEAR, HIP_RADIUS_FRONT * 0.75, Joint.HIP_FAR, HIP_RADIUS_FRONT * 0.75, style.legwear());
            return;
        }
        part(s, Joint.HIP, HIP_RADIUS_SIDE, Joint.CHEST, CHEST_RADIUS_SIDE, style.shirt());
        // The waistband: legwear covers the hips up to a belt line a fifth of the way up the torso.
        double bx = s.x(Joint.HIP) + (s.x(Joint.CHEST) - s.x(Joint.HIP)) * 0.2;
        double by = s.y(Joint.HIP) + (s.y(Joint.CHEST) - s.y(Joint.HIP)) * 0.2;
        capsule(s.x(Joint.HIP), s.y(Joint.HIP), HIP_RADIUS_SIDE, bx, by, HIP_RADIUS_SIDE * 0.98, style.legwear(), false);
    }

    private void head(Skeleton s) {
        double angle = StrictMath.atan2(s.x(Joint.HEAD) - s.x(Joint.CHEST), s.y(Joint.HEAD) - s.y(Joint.CHEST));
        double upX = StrictMath.sin(angle);
        double upY = StrictMath.cos(angle);
        double r = HEAD_RADIUS;
        double hx = s.x(Joint.HEAD);
        double hy = s.y(Joint.HEAD);
        // The neck, then the hair as a disc set back and up, then the face as a smaller disc set forward and down.
        capsule(s.x(Joint.CHEST), s.y(Joint.CHEST), 0.026, hx - upX * r * 0.6, hy - upY * r * 0.6, 0.024,
                style.skin(), true);
        double back = s.frontal() ? 0 : -0.22 * r;
        capsule(hx + upY * back + upX * 0.14 * r, hy - upX * back + upY * 0.14 * r, r * 0.98,
                hx + upY * back + upX * 0.14 * r, hy - upX * back + upY * 0.14 * r, r * 0.98, style.hair(), true);
        double fore = s.frontal() ? 0 : 0.14 * r;
        double fx = hx + upY * fore - upX * 0.1 * r;
        double fy = hy - upX * fore - upY * 0.1 * r;
        capsule(fx, fy, r * 0.86, fx, fy, r * 0.86, style.skin(), false);
    }

    private void part(Skeleton s, Joint from, double r0, Joint to, double r1, int color) {
        capsule(s.x(from), s.y(from), r0, s.x(to), s.y(to), r1, color, true);
    }

    /** A capsule given in figure units, with its rim. */
    private void capsule(double x0, double y0, double r0, double x1, double y1, double r1, int color, boolean rim) {
        double ax = screenX(x0);
        double ay = screenY(y0);
        double bx = screenX(x1);
        double by = screenY(y1);
        double scale = at.scale();
        if (rim) {
            canvas.capsule(ax, ay, r0 * scale + RIM, bx, by, r1 * scale + RIM, Rgb.scale(color, RIM_SHADE), 1);
        }
        canvas.capsule(ax, ay, r0 * scale, bx, by, r1 * scale, color, 1);
    }

    private double screenX(double x) {
        return at.x() + at.facing() * x * at.scale() + offsetX;
    }

    private double screenY(double y) {
        return at.groundY() - y * at.scale() + offsetY;
    }
}
