package dev.vigil.dataset;

import java.util.Locale;

/** Whether a candidate clip made it into the prepared dataset. */
public enum ClipStatus {
    KEPT, DROPPED;

    /** The name in reports: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
