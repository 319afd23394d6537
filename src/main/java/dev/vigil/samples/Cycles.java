package dev.vigil.samples;

/** Shaping functions for periodic motion. */
final class Cycles {

    static final double TAU = 2 * Math.PI;

    private Cycles() {
    }

    static double frac(double x) {
        return x - Math.floor(x);
    }

    static double clamp01(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    /** Eases from 0 to 1 with zero speed at both ends (a limb that starts and stops smoothly). */
    static double ease(double x) {
        double t = clamp01(x);
        return (1 - StrictMath.cos(Math.PI * t)) / 2;
    }

    /** Where {@code x} lies between {@code from} and {@code to}, clamped to [0, 1]. */
    static double progress(double x, double from, double to) {
        return clamp01((x - from) / (to - from));
    }

    static double sin(double x) {
        return StrictMath.sin(x);
    }

    static double cos(double x) {
        return StrictMath.cos(x);
    }
}
