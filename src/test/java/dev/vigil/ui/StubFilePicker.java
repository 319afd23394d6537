package dev.vigil.ui;

import dev.vigil.ui.common.FilePicker;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers file dialogs with paths the test prepared (Monocle shows no system dialogs) and records the titles. */
public final class StubFilePicker implements FilePicker {

    public Path folder;
    public Path open;
    public Path save;
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> folder(String title) {
        asked.add(title);
        return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> open(String title, FileChooser.ExtensionFilter... filters) {
        asked.add(title);
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        asked.add(title);
        return Optional.ofNullable(save);
    }
}
