package dev.vigil.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a clip belongs: the three splits of the normal classes, and the anomaly split. */
public enum Split {
    TRAIN, VAL, TEST, ANOMALY;

    /** The name used in manifest.csv and reports: lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the splits made of normal clips. */
    public boolean isNormal() {
        return this != ANOMALY;
    }

    public static Split parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (key.equals("VALIDATION")) {
            return VAL;
        }
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown split '" + text + "' (allowed: "
                    + Arrays.stream(values()).map(Split::id).collect(Collectors.joining(", ")) + ")");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
