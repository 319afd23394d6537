package dev.vigil.timeline;

import java.util.Locale;

/** How the scores of the windows that cover a frame become the frame's score. */
public enum Aggregation {
    /** The highest score of the windows covering the frame: a short event stands out in every window that holds it. */
    MAX,
    /** The mean of the windows covering the frame: smoother, a short event is diluted by the windows around it. */
    MEAN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Aggregation parse(String text) {
        for (Aggregation a : values()) {
            if (a.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an aggregation (allowed: max, mean)");
    }
}
