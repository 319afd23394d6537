package dev.vigil.ui.common;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The system's file dialogs, starting in the folder used last and remembering where they end. */
public final class FxFilePicker implements FilePicker {

    private final Window owner;
    private final Supplier<String> lastFolder;
    private final Consumer<Path> remember;

    public FxFilePicker(Window owner, Supplier<String> lastFolder, Consumer<Path> remember) {
        this.owner = owner;
        this.lastFolder = lastFolder;
        this.remember = remember;
    }

    @Override
    public Optional<Path> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        start().ifPresent(chooser::setInitialDirectory);
        return chosen(chooser.showDialog(owner));
    }

    @Override
    public Optional<Path> open(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = chooser(title, filters);
        return chosen(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return chosen(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        start().ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private Optional<File> start() {
        String folder = lastFolder.get();
        if (folder == null) {
            return Optional.empty();
        }
        Path path = Path.of(folder);
        return Files.isDirectory(path) ? Optional.of(path.toFile()) : Optional.empty();
    }

    private Optional<Path> chosen(File file) {
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        Path folder = path.getParent();
        if (folder != null) {
            remember.accept(folder);
        }
        return Optional.of(path);
    }
}
