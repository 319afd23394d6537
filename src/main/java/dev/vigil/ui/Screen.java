package dev.vigil.ui;

/** The five screens of the workbench, in the order of the flow. */
public enum Screen {
    DATASET("Dataset"), MODEL("Model"), TRAINING("Training"), RESULTS("Results"), REVIEW("Review");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** 1-based step number shown in the step bar and used by Ctrl+1..5. */
    public int step() {
        return ordinal() + 1;
    }
}
