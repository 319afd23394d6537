package dev.vigil.samples;

/**
 * The two segments of an arm (upper arm, forearm) or a leg (thigh, shin) as angles in radians measured from straight
 * down. In a side view a positive angle turns the segment towards the way the figure faces; in a front view it turns
 * it away from the body's midline. Both are absolute (world) angles, not relative to the parent segment, so that a
 * motion can say "the forearm points at the ground" without knowing how the torso leans.
 *
 * @param upper upper arm or thigh
 * @param lower forearm or shin
 */
public record Limb(double upper, double lower) {

    /** A limb hanging straight down. */
    public static final Limb STRAIGHT_DOWN = new Limb(0, 0);

    static Limb lerp(Limb a, Limb b, double t) {
        return new Limb(a.upper + (b.upper - a.upper) * t, a.lower + (b.lower - a.lower) * t);
    }
}
