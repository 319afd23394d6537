package dev.vigil.training;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

import java.util.Arrays;

/** Learning-rate schedules, named as PyTorch (and the reference config's {@code scheduler_type}) names them. */
public enum ScheduleType implements Identified {
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
    @Override
    public String id() {
        return id;
    }

    /** Parses a config name, or the constant's own name ({@code step}), ignoring case. */
    public static ScheduleType parse(String text) {
        String key = text == null ? "" : text.trim();
        return EnumIds.find(ScheduleType.class, key)
                .or(() -> Arrays.stream(values()).filter(type -> type.name().equalsIgnoreCase(key)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a schedule (allowed: "
                        + allowed() + ")"));
    }

    public static String allowed() {
        return EnumIds.allowed(ScheduleType.class);
    }

    @Override
    public String toString() {
        return id;
    }
}
