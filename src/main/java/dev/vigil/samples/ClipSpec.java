package dev.vigil.samples;

/**
 * Everything that defines one generated clip: what the figure does, how, how it looks, and where it starts.
 *
 * @param activity    the activity performed
 * @param look        ground, figure and camera
 * @param performance tempo, amplitude, phase and choices of the activity
 * @param start       where the figure stands at the first frame
 */
public record ClipSpec(Activity activity, SceneLook look, Performance performance, Placement start) {

    /**
     * A random clip of {@code activity} for a {@code width × height} frame lasting {@code seconds}. The figure stands
     * at a random depth (nearer is lower and larger) and faces a random way; its path is centred with some random
     * play, so that travelling figures stay in view for most of the clip wherever they start.
     */
    public static ClipSpec random(Activity activity, long seed, int width, int height, double seconds) {
        Rng rng = new Rng(seed);
        SceneLook look = SceneLook.random(rng.fork("look").nextLong());
        Rng motion = rng.fork("motion");
        Performance performance = new Performance(motion.unit(), motion.unit(), motion.unit(), motion.nextLong());
        Rng place = rng.fork("placement");
        double depth = place.unit();
        double groundY = height * Cycles.lerp(0.7, 0.93, depth);
        double scale = height * Cycles.lerp(0.32, 0.5, depth) * place.uniform(0.9, 1.1);
        int facing = place.chance(0.5) ? 1 : -1;
        double[] range = forwardRange(activity, performance, seconds);
        double path = (range[1] - range[0]) * scale;
        double slack = Math.max(0, (width - path) / 2 - 0.35 * scale - 4);
        double centre = width / 2.0 + place.uniform(-1, 1) * slack;
        double x = centre - facing * scale * (range[0] + range[1]) / 2;
        return new ClipSpec(activity, look, performance, new Placement(x, groundY, scale, facing));
    }

    /** The smallest and largest forward offset of the hip over the clip, sampled finely. */
    private static double[] forwardRange(Activity activity, Performance performance, double seconds) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int samples = 64;
        for (int i = 0; i <= samples; i++) {
            double forward = activity.pose(seconds * i / samples, performance).forward();
            min = Math.min(min, forward);
            max = Math.max(max, forward);
        }
        return new double[] {min, max};
    }
}
