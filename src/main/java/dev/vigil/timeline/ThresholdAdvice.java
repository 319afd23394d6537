package dev.vigil.timeline;

import java.util.Locale;
import java.util.Optional;

/**
 * Says when a percentile threshold is taken from too few windows to mean what it says: the 99th percentile of 12
 * windows is about their highest score, so the threshold only looks chosen.
 */
public final class ThresholdAdvice {

    private ThresholdAdvice() {
    }

    /** A warning for the run's threshold, or empty when it is given or taken from enough windows. */
    public static Optional<String> of(TimelineReport report) {
        ThresholdRule rule = report.settings().threshold();
        int held = report.training().heldOutWindows();
        boolean heldOut = held > 0;
        return of(rule, heldOut ? held : report.training().windows(), heldOut);
    }

    /**
     * @param windows the number of window scores the percentile was taken from
     * @param heldOut whether those were held-out windows (else training windows)
     */
    static Optional<String> of(ThresholdRule rule, int windows, boolean heldOut) {
        if (rule.isFixed() || rule.percentile() >= 100 || rule.percentile() <= 0) {
            return Optional.empty();
        }
        // fewer than one window is expected above the percentile: it falls on, or next to, the highest score
        long needed = (long) Math.ceil(100 / (100 - rule.percentile()));
        if (windows >= needed) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the threshold, the %s percentile of %d %s windows, is about "
                        + "their highest score: a percentile of %.4g needs at least %d windows to mean anything. Hold "
                        + "out more normal footage (more or longer recordings, a larger validation fraction) or "
                        + "choose a lower percentile.", format(rule.percentile()), windows,
                heldOut ? "held-out" : "training", rule.percentile(), needed));
    }

    private static String format(double percentile) {
        return percentile == Math.rint(percentile) ? (long) percentile + "th" : percentile + "th";
    }
}
