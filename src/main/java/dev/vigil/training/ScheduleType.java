package dev.vigil.training;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Learning-rate schedules, named as PyTorch (and the reference config's {@code scheduler_type}) names them. */
public enum ScheduleType {
    /** No schedule: the learning rate stays where it starts. */
    CONSTANT("Constant"),
    /** Multiply by {@code factor} every {@code stepSize} epochs. */
    STEP("StepLR"),
    /** Multiply by {@code factor} when the validation loss has not improved for {@code patience} epochs. */
    PLATEAU("ReduceLROnPlateau"),
    /** Half a cosine from the base rate down to {@code etaMin} over {@code tMax} epochs. */
    COSINE("CosineAnnealingLR"),
    /** The cosine restarted every {@code tMax} epochs. */
    COSINE_RESTARTS("CosineAnnealingWarmRestarts");

    private final String id;

    ScheduleType(String id) {
        this.id = id;
    }

    /** The name used in configs, e.g. {@code StepLR}. */
    public String id() {
        return id;
    }

    /** Parses a config name, ignoring case. */
    public static ScheduleType parse(String text) {
        String key = text == null ? "" : text.trim();
        for (ScheduleType type : values()) {
            if (type.id.equalsIgnoreCase(key) || type.name().equalsIgnoreCase(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a schedule (allowed: " + allowed() + ")");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ScheduleType::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
