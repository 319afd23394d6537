package dev.vigil.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random numbers for the generator. Every value is derived from {@link SplittableRandom#nextLong()} alone, never from
 * the JDK's bounded or Gaussian helpers, whose algorithms may change between releases; so a seed gives the same
 * clip on every JDK.
 */
final class Rng {

    private static final double UNIT = 0x1.0p-53;

    private final long seed;
    private final SplittableRandom random;

    Rng(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /**
     * A seed derived from a parent seed and some parts (a class name's hash, a clip index), mixed with the SplitMix64
     * finaliser so that neighbouring inputs give unrelated seeds.
     */
    static long derive(long parent, long... parts) {
        long h = mix(parent ^ 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = mix(h + 0x9E3779B97F4A7C15L + part);
        }
        return h;
    }

    /** A uniform value in [0, 1) that depends only on the seed and the parts: random access, no state. */
    static double hashUnit(long seed, long... parts) {
        return (derive(seed, parts) >>> 11) * UNIT;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An independent stream for one aspect (ground, figure, camera), so that changing how one is drawn leaves the others alone. */
    Rng fork(String aspect) {
        return new Rng(derive(seed, aspect.hashCode()));
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Uniform in [0, 1). */
    double unit() {
        return (random.nextLong() >>> 11) * UNIT;
    }

    double uniform(double low, double high) {
        return low + (high - low) * unit();
    }

    /** Uniform integer in [0, bound). */
    int below(int bound) {
        return (int) Math.min(bound - 1, (long) (unit() * bound));
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    /** Roughly normal with mean 0 and standard deviation 1 (sum of four uniforms). */
    double gaussian() {
        return (unit() + unit() + unit() + unit() - 2.0) * 1.7320508075688772;
    }

    <T> T pick(List<T> values) {
        return values.get(below(values.size()));
    }
}
