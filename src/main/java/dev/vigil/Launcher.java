package dev.vigil;

import dev.vigil.cli.VigilCommand;

/**
 * Entry point of {@code vigil.jar}: with no arguments it opens the workbench, with one file or folder (a .vigil
 * bundle, a run, a long-video output or a dataset, as a desktop opens a file) the workbench on it, otherwise it runs
 * a command.
 * It does not extend JavaFX's Application so that the JavaFX runtime can come from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || opensInTheWorkbench(args)) {
            dev.vigil.ui.VigilApp.main(args);
            return;
        }
        System.exit(VigilCommand.execute(args));
    }

    /** One argument that names an existing file or folder and no command: the desktop opened it with Vigil. */
    static boolean opensInTheWorkbench(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        java.nio.file.Path path = java.nio.file.Path.of(args[0]);
        return java.nio.file.Files.exists(path) && (java.nio.file.Files.isDirectory(path)
                || args[0].endsWith(".vigil") || args[0].endsWith(".csv"));
    }
}
