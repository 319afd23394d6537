package dev.vigil.training;

/**
 * Derived seeds: every epoch's shuffle and every batch's dropout draw from a seed computed from the run's seed and
 * the position, never from a generator's running state. A run resumed at any batch therefore draws exactly what an
 * uninterrupted run draws there, and a checkpoint needs only the seed and the position.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A well-mixed seed for {@code (seed, a, b)} (SplitMix64 finaliser). */
    public static long mix(long seed, long a, long b) {
        long z = seed + 0x9E3779B97F4A7C15L * (a + 1) + 0xBF58476D1CE4E5B9L * (b + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The same as an {@code int}, for engines that take 32-bit seeds. */
    public static int mixInt(long seed, long a, long b) {
        long z = mix(seed, a, b);
        return (int) (z ^ (z >>> 32)) & Integer.MAX_VALUE;
    }
}
