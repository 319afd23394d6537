package dev.vigil.ui.results;

/** Which clips the per-clip table shows. */
public enum ClipFilter {
    ALL("All clips"), FLAGGED("Flagged"), MISJUDGED("Misjudged");

    private final String label;

    ClipFilter(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
