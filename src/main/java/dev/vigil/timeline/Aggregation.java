package dev.vigil.timeline;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

import java.util.Locale;

/** How the scores of the windows that cover a frame become the frame's score. */
public enum Aggregation implements Identified {
    /** The highest score of the windows covering the frame: a short event stands out in every window that holds it. */
    MAX,
    /** The mean of the windows covering the frame: smoother, a short event is diluted by the windows around it. */
    MEAN;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Aggregation parse(String text) {
        return EnumIds.parse(Aggregation.class, text, "an aggregation");
    }
}
