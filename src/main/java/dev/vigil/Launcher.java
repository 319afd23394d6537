package dev.vigil;

import dev.vigil.cli.VigilCommand;

/**
 * Entry point of {@code vigil.jar}: with no arguments it opens the workbench, otherwise it runs a command.
 * It does not extend JavaFX's Application so that the JavaFX runtime can come from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.vigil.ui.VigilApp.main(args);
            return;
        }
        System.exit(VigilCommand.execute(args));
    }
}
