package dev.vigil.samples;

/**
 * How one performer carries out an activity. Each activity maps these onto its own ranges (a fast walk is still
 * slower than a slow run), so that any performance of a normal activity stays a normal one.
 *
 * @param tempo     0 slowest to 1 fastest within the activity's range of cycle frequencies
 * @param amplitude 0 smallest to 1 largest movements (stride, jump height, bend depth)
 * @param phase     where in its cycle the activity starts, in [0, 1); for a one-off event (a fall) how soon it comes
 * @param seed      source of the few discrete choices: which arm waves, which way a fall goes, the rhythm of jabs
 */
public record Performance(double tempo, double amplitude, double phase, long seed) {

    public Performance {
        check("tempo", tempo);
        check("amplitude", amplitude);
        check("phase", phase);
    }

    /** A middle-of-the-range performance. */
    public static Performance typical() {
        return new Performance(0.5, 0.5, 0, 0);
    }

    /** A uniform value in [0, 1) for the choice numbered {@code key}; the same for every call. */
    public double choice(int key) {
        return Rng.hashUnit(seed, key);
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
    }
}
