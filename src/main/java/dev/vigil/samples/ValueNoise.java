package dev.vigil.samples;

/**
 * Smooth 2-D value noise: random values on a lattice, blended with a smooth curve between them. Cheap texture for
 * grass, worn patches and tree lines, the same for a seed on every machine.
 */
final class ValueNoise {

    private ValueNoise() {
    }

    /** Noise in [-1, 1] at (x, y) in lattice cells. */
    static double at(long seed, double x, double y) {
        long x0 = (long) Math.floor(x);
        long y0 = (long) Math.floor(y);
        double fx = smooth(x - x0);
        double fy = smooth(y - y0);
        double a = lattice(seed, x0, y0);
        double b = lattice(seed, x0 + 1, y0);
        double c = lattice(seed, x0, y0 + 1);
        double d = lattice(seed, x0 + 1, y0 + 1);
        double top = a + (b - a) * fx;
        double bottom = c + (d - c) * fx;
        return top + (bottom - top) * fy;
    }

    /** Two octaves of noise with cells of {@code cell} pixels, in about [-1, 1]. */
    static double fractal(long seed, double x, double y, double cell) {
        return 0.67 * at(seed, x / cell, y / cell) + 0.33 * at(seed + 1, 2 * x / cell, 2 * y / cell);
    }

    /** A fixed random value in [-1, 1] for one lattice point or pixel. */
    static double lattice(long seed, long x, long y) {
        return Rng.hashUnit(seed, x, y) * 2 - 1;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
