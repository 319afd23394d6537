package dev.vigil.evaluation;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

/** Ways to choose a threshold. */
public enum ThresholdMethod implements Identified {
    /** The threshold with the highest F1 of anomalies against held-out normal clips (needs anomalies). */
    MAX_F1("max_f1"),
    /** The threshold with the highest Youden's J = TPR − FPR (needs anomalies and held-out normal clips). */
    YOUDEN("youden"),
    /** A percentile of the validation clips' scores: needs no anomaly at all. */
    VAL_PERCENTILE("val_percentile"),
    /** A value the user gives. */
    MANUAL("manual");

    private final String id;

    ThresholdMethod(String id) {
        this.id = id;
    }

    /** The name in configs and reports. */
    @Override
    public String id() {
        return id;
    }

    public static ThresholdMethod parse(String text) {
        return EnumIds.parse(ThresholdMethod.class, text, "a threshold method");
    }

    public static String allowed() {
        return EnumIds.allowed(ThresholdMethod.class);
    }

    @Override
    public String toString() {
        return id;
    }
}
