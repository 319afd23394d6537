package dev.vigil.ui;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the workbench, in one place: the menus use them and Help lists them. */
public enum Shortcut {
    OPEN_FOLDER("Shortcut+O", "Open a dataset folder"),
    OPEN_MANIFEST("Shortcut+Shift+O", "Open a manifest.csv"),
    OPEN_RUN("Shortcut+R", "Open an earlier run"),
    OPEN_TIMELINE("Shortcut+Shift+R", "Open the output folder of a long-video run"),
    EXPORT("Shortcut+E", "Export the results (clip and accuracy tables as CSV, charts as PNG)"),
    QUIT("Shortcut+Q", "Quit"),
    DATASET("Shortcut+1", "Dataset screen"),
    MODEL("Shortcut+2", "Model screen"),
    TRAINING("Shortcut+3", "Training screen"),
    RESULTS("Shortcut+4", "Results screen"),
    REVIEW("Shortcut+5", "Review screen"),
    TRAIN("Shortcut+T", "Start training"),
    RESUME("Shortcut+Shift+T", "Resume the stopped run"),
    LONG_VIDEOS("Shortcut+Shift+L", "Score long videos (a new long-video run)"),
    CANCEL("Esc", "Cancel the running job"),
    TOGGLE_LOG("Shortcut+L", "Show or hide the log"),
    PREVIOUS_FLAGGED("Shortcut+Left", "Review: previous flagged clip, or a long video's previous flagged segment"),
    NEXT_FLAGGED("Shortcut+Right", "Review: next flagged clip, or a long video's next flagged segment"),
    PLAY_PAUSE("Space", "Player: play or pause (when the player has focus)"),
    STEP("Left / Right", "Player: previous or next frame (when the player has focus)"),
    SHORTCUTS("F1", "Show this list");

    private final String keys;
    private final String description;

    Shortcut(String keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    /** The combination for menus and accelerators; null for keys the player handles itself. */
    public KeyCombination combination() {
        return this == PLAY_PAUSE || this == STEP ? null : KeyCombination.valueOf(keys);
    }

    /** As the user reads it on this system, e.g. "Ctrl+Shift+O". */
    public String displayText() {
        KeyCombination combination = combination();
        return combination == null ? keys : combination.getDisplayText();
    }

    public String description() {
        return description;
    }

    /** The screen shortcut for a screen. */
    public static Shortcut forScreen(Screen screen) {
        return values()[DATASET.ordinal() + screen.ordinal()];
    }
}
