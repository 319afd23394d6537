package dev.vigil.live;

/** Waits between reconnection attempts: 0.5 s, doubling up to a limit, back to the start once frames flow again. */
final class Backoff {

    private static final long FIRST_MILLIS = 500;

    private final long maxMillis;
    private long next = FIRST_MILLIS;

    Backoff(double maxSeconds) {
        this.maxMillis = Math.max(FIRST_MILLIS, (long) (maxSeconds * 1000));
    }

    /** The wait before the next attempt; the one after is twice as long. */
    long nextMillis() {
        long wait = next;
        next = Math.min(maxMillis, next * 2);
        return wait;
    }

    void reset() {
        next = FIRST_MILLIS;
    }
}
