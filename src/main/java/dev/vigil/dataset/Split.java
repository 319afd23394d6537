package dev.vigil.dataset;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

import java.util.Locale;

/** Where a clip belongs: the three splits of the normal classes, and the anomaly split. */
public enum Split implements Identified {
    TRAIN, VAL, TEST, ANOMALY;

    /** The name used in manifest.csv and reports: lower case. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the splits made of normal clips. */
    public boolean isNormal() {
        return this != ANOMALY;
    }

    public static Split parse(String text) {
        if (text != null && text.trim().equalsIgnoreCase("validation")) {
            return VAL;
        }
        return EnumIds.find(Split.class, text).orElseThrow(() -> new IllegalArgumentException("unknown split '"
                + text + "' (allowed: " + EnumIds.allowed(Split.class) + ")"));
    }

    @Override
    public String toString() {
        return id();
    }
}
