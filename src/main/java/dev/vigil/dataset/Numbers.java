package dev.vigil.dataset;

/** Numbers as a person writes them in messages and reports: 1 not 1.0, 0.1 not 0.10000000000000002. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        // Nine decimals hide float noise (0.1 + 0.2) and still show what the user typed.
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(Math.round(value * 1e9) / 1e9);
    }
}
