package dev.vigil.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The Help menu's dialogs. */
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
        dialog.getDialogPane().getStylesheets().add(VigilApp.stylesheet());
        dialog.show();
    }

    static void about(Window owner) {
        String version = Dialogs.class.getPackage().getImplementationVersion();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Vigil");
        about.setHeaderText("Vigil " + (version == null ? "(development build)" : version));
        about.getDialogPane().getStylesheets().add(VigilApp.stylesheet());
        about.setContentText("A workbench for video anomaly detection with pretrained space-time models: learn what "
                + "normal looks like from clips of the allowed activities, and flag the clips and moments that are not.");
        about.show();
    }
}
