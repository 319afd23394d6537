package dev.vigil.ui.player;

import java.util.Locale;

/** Times for people: "01:02.50", or "1:02:03.00" past an hour. */
public final class TimeText {

    private TimeText() {
    }

    public static String of(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            return "--:--";
        }
        long hundredths = Math.round(seconds * 100);
        long hours = hundredths / 360_000;
        long minutes = hundredths / 6_000 % 60;
        double rest = hundredths % 6_000 / 100.0;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%05.2f", hours, minutes, rest)
                : String.format(Locale.ROOT, "%02d:%05.2f", minutes, rest);
    }
}
