package dev.vigil.progress;

/**
 * A snapshot of a long job: which stage, how far, how fast and how long is left.
 *
 * @param stage       short name of the stage, e.g. "extract" or "train"
 * @param done        units finished so far
 * @param total       units in all, or -1 when unknown
 * @param perSecond   recent rate in units per second (0 when not yet known)
 * @param secondsLeft estimated seconds to finish, or -1 when unknown
 * @param message     a line for a log or a status bar
 */
public record Progress(String stage, long done, long total, double perSecond, double secondsLeft, String message) {

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
