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

    /** Whole seconds for an axis tick: "0:05", "1:30", "1:00:00". */
    public static String tick(double seconds) {
        long whole = Math.round(seconds);
        long hours = whole / 3600;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, whole / 60 % 60, whole % 60)
                : String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    /** "00:01.20 / 00:03.00  ·  frame 31 / 75" for frame {@code shown} (from 0) of {@code frames}. */
    public static String position(long shown, long frames, double frameRate) {
        return of(shown / frameRate) + " / " + of(frames / frameRate) + "  ·  frame " + (shown + 1) + " / " + frames;
    }
}
