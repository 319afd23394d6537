package dev.vigil.ui.common;

import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for files and folders. The workbench shows the system dialogs, starting in the folder used last;
 * tests hand in paths they made.
 */
public interface FilePicker {

    Optional<Path> folder(String title);

    Optional<Path> open(String title, FileChooser.ExtensionFilter... filters);

    Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter... filters);

    FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV files", "*.csv");
    FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG images", "*.png");
    FileChooser.ExtensionFilter HTML = new FileChooser.ExtensionFilter("Web pages", "*.html");
    FileChooser.ExtensionFilter BUNDLE = new FileChooser.ExtensionFilter("Vigil detector bundles", "*.vigil");
}
