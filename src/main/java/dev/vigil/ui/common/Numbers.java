package dev.vigil.ui.common;

import java.util.Locale;

/** Numbers for people: few digits, no trailing zeros, the same in every table and label. */
public final class Numbers {

    private Numbers() {
    }

    /** "0.001", "12.5", "601.04", "1.2e-05". */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return String.valueOf((long) value);
        }
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e7)) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        String text = String.format(Locale.ROOT, magnitude >= 100 ? "%.2f" : "%.4f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** "87.5 %". */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** "12.3 s", "1:02 min". */
    public static String seconds(double seconds) {
        if (!(seconds >= 0)) {
            return "—";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d min", whole / 60, whole % 60);
    }
}
