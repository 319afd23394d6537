package dev.vigil.ui.model;

/** Learning-rate schedules the training settings offer. */
public enum Schedule {
    STEP("StepLR: multiply by gamma every N epochs"),
    PLATEAU("ReduceLROnPlateau: multiply by a factor when validation loss stalls"),
    COSINE("Cosine annealing to 0 over the run");

    private final String description;

    Schedule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return switch (this) {
            case STEP -> "StepLR";
            case PLATEAU -> "ReduceLROnPlateau";
            case COSINE -> "Cosine";
        };
    }
}
