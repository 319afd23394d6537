package dev.vigil.samples;

/**
 * What the camera adds to the scene: sensor noise, a slight hand-held shake, exposure, white balance and lens
 * vignetting. Exposure and white balance vary from clip to clip so that mean brightness and colour say nothing about
 * the activity; noise and shake put small motion everywhere, as in real footage.
 *
 * @param noise    standard deviation of the per-pixel, per-frame noise, in 8-bit levels
 * @param shake    amplitude of the camera shake in pixels (0 for a tripod)
 * @param exposure overall gain, about 1
 * @param warmth   white balance: positive warms (more red, less blue), negative cools
 * @param vignette darkening at the corners, 0 for none
 * @param seed     source of the noise pattern and the shake's rhythm
 */
public record CameraStyle(double noise, double shake, double exposure, double warmth, double vignette, long seed) {

    public CameraStyle {
        if (noise < 0 || shake < 0 || !(exposure > 0) || vignette < 0) {
            throw new IllegalArgumentException("camera noise, shake and vignette must be >= 0 and exposure > 0");
        }
    }

    /** A tripod camera with a clean sensor and neutral colour: useful for tests that measure pixels exactly. */
    public static CameraStyle clean() {
        return new CameraStyle(0, 0, 1, 0, 0, 0);
    }

    static CameraStyle random(Rng rng) {
        return new CameraStyle(rng.uniform(0.5, 3), rng.chance(0.6) ? rng.uniform(0.1, 0.5) : 0,
                rng.uniform(0.82, 1.15), rng.uniform(-0.06, 0.06), rng.uniform(0, 0.3), rng.nextLong());
    }

    /** Horizontal shake in pixels at {@code seconds}: a slow sway plus a faster tremor. */
    double shakeX(double seconds) {
        return shake * sway(seconds, 1);
    }

    /** Vertical shake in pixels at {@code seconds}, smaller than the horizontal one. */
    double shakeY(double seconds) {
        return 0.6 * shake * sway(seconds, 2);
    }

    private double sway(double seconds, int axis) {
        double slow = Cycles.lerp(0.1, 0.4, Rng.hashUnit(seed, axis, 1));
        double fast = Cycles.lerp(0.6, 1.5, Rng.hashUnit(seed, axis, 2));
        double phase1 = Cycles.TAU * Rng.hashUnit(seed, axis, 3);
        double phase2 = Cycles.TAU * Rng.hashUnit(seed, axis, 4);
        return 0.8 * StrictMath.sin(Cycles.TAU * slow * seconds + phase1)
                + 0.2 * StrictMath.sin(Cycles.TAU * fast * seconds + phase2);
    }
}
