package dev.vigil.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Help menu's dialogs, and the question asked before quitting while training runs. */
final class Dialogs {

    private Dialogs() {
    }

    static void shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label keys = new Label(shortcut.displayText());
            keys.getStyleClass().add("key");
            grid.addRow(row++, keys, new Label(shortcut.description()));
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().getStylesheets().add(Stylesheet.location());
        dialog.show();
    }

    /**
     * Asks whether to stop the training and quit. Training that ends while the question is open answers it: there is
     * nothing left to stop, and the window closes as asked.
     *
     * @return true to quit
     */
    static boolean confirmStopTraining(Window owner, ObservableBooleanValue trainingActive) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Training is running. Stop it and quit?\n\nThe run "
                + "keeps its latest checkpoint: open it later and press Resume to continue.", ButtonType.CANCEL,
                ButtonType.OK);
        ask.initOwner(owner);
        ask.setTitle("Quit Vigil");
        ask.setHeaderText("Stop training and quit?");
        ask.getDialogPane().setId("stop-training-dialog");
        ask.getDialogPane().getStylesheets().add(Stylesheet.location());
        ChangeListener<Boolean> ended = (obs, was, active) -> {
            if (!active && ask.isShowing()) {
                ask.setResult(ButtonType.OK);
                ask.close();
            }
        };
        trainingActive.addListener(ended);
        try {
            return !trainingActive.get() || ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
        } finally {
            trainingActive.removeListener(ended);
        }
    }

    static void about(Window owner) {
        String version = Dialogs.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Vigil");
        about.setHeaderText("Vigil " + (version == null ? "(development build)" : version));
        about.getDialogPane().getStylesheets().add(Stylesheet.location());
        about.setContentText("A workbench for video anomaly detection with pretrained space-time models: learn what "
                + "normal looks like from clips of the allowed activities, and flag the clips and moments that are not.");
        about.show();
    }
}
