package dev.vigil.ui.common;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** Small vector icons drawn as paths, so that they look the same on every system font. */
public final class Icons {

    private Icons() {
    }

    public static Node play() {
        return icon("M4 2 L14 8 L4 14 Z");
    }

    public static Node pause() {
        return icon("M3 2 H7 V14 H3 Z M9 2 H13 V14 H9 Z");
    }

    public static Node stepBack() {
        return icon("M3 2 H5 V14 H3 Z M14 2 V14 L6 8 Z");
    }

    public static Node stepForward() {
        return icon("M11 2 H13 V14 H11 Z M2 2 L10 8 L2 14 Z");
    }

    public static Node previous() {
        return icon("M10 2 L4 8 L10 14 L11.5 12.5 L7 8 L11.5 3.5 Z");
    }

    public static Node next() {
        return icon("M6 2 L12 8 L6 14 L4.5 12.5 L9 8 L4.5 3.5 Z");
    }

    public static Node folder() {
        return icon("M1 3 H6 L8 5 H15 V14 H1 Z");
    }

    public static Node file() {
        return icon("M3 1 H10 L13 4 V15 H3 Z M10 1 V4 H13");
    }

    public static Node stop() {
        return icon("M3 3 H13 V13 H3 Z");
    }

    private static Node icon(String path) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().add("icon");
        return svg;
    }
}
