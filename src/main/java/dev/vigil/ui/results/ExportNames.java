package dev.vigil.ui.results;

import java.nio.file.Path;

/** How the files of an export are named after the one the user chose: {@code results.csv} → {@code results.png}. */
public final class ExportNames {

    private ExportNames() {
    }

    /**
     * The file beside {@code file} named after it: its name without {@code extension}, then {@code ending}
     * ({@code scores.png}, ".png", "-roc.png" → {@code scores-roc.png}).
     */
    public static Path sibling(Path file, String extension, String ending) {
        return file.resolveSibling(stem(file, extension) + ending);
    }

    /** The file's name without {@code extension} when it ends with it. */
    public static String stem(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.endsWith(extension) ? name.substring(0, name.length() - extension.length()) : name;
    }

    /** {@code chosen} when it ends with {@code extension}, else with it appended: file dialogs may drop it. */
    public static Path withExtension(Path chosen, String extension) {
        return chosen.getFileName().toString().endsWith(extension) ? chosen
                : chosen.resolveSibling(chosen.getFileName() + extension);
    }
}
