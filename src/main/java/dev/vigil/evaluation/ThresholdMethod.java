package dev.vigil.evaluation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Ways to choose a threshold. */
public enum ThresholdMethod {
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
    public String id() {
        return id;
    }

    public static ThresholdMethod parse(String text) {
        for (ThresholdMethod method : values()) {
            if (method.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return method;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a threshold method (allowed: " + allowed() + ")");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ThresholdMethod::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
