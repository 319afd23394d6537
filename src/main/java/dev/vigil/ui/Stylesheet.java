package dev.vigil.ui;

import java.util.Objects;

/**
 * Where the workbench's stylesheet lives. Kept apart from {@link VigilApp} so that views and dialogs can style
 * themselves without depending on the application that builds them.
 */
public final class Stylesheet {

    private Stylesheet() {
    }

    /** The stylesheet's URL, for the window, dialogs, and tests that build views on their own. */
    public static String location() {
        return Objects.requireNonNull(Stylesheet.class.getResource("vigil.css"), "vigil.css").toExternalForm();
    }
}
