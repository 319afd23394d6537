package dev.vigil.timeline;

import java.util.List;
import java.util.Optional;

/**
 * Where in the frame a video's windows were unusual: per window, one value per cell of a {@code columns × rows} grid
 * over the frame ({@link CellMapModel}), and the video's size to turn cells into pixels.
 *
 * @param columns     cells across
 * @param rows        cells down
 * @param videoWidth  displayed width of the video, pixels
 * @param videoHeight displayed height
 * @param byWindow    per window index, its map (row after row from the top left), or null when it has none
 */
public record AnomalyMaps(int columns, int rows, int videoWidth, int videoHeight, float[][] byWindow) {

    public AnomalyMaps {
        if (columns < 1 || rows < 1 || videoWidth < 1 || videoHeight < 1) {
            throw new IllegalArgumentException("anomaly maps need a grid and a picture size, got " + columns + "x"
                    + rows + " over " + videoWidth + "x" + videoHeight);
        }
    }

    /**
     * The map that explains a frame's score: that of the highest-scoring window covering it (the one a maximum
     * would take; with the mean, the one that pulls it up most).
     */
    public Optional<float[]> at(long frame, List<WindowScore> windows) {
        float[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (WindowScore w : windows) {
            int index = w.window().index();
            if (w.window().covers(frame) && index < byWindow.length && byWindow[index] != null
                    && !Double.isNaN(w.score()) && w.score() > bestScore) {
                best = byWindow[index];
                bestScore = w.score();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hottest cell of the map that explains a frame, as a box in video pixels. */
    public Optional<Box> boxAt(long frame, List<WindowScore> windows) {
        return at(frame, windows).map(this::hottest);
    }

    /** The box of a map's hottest cell (the first one on a tie). */
    public Box hottest(float[] map) {
        int best = 0;
        for (int c = 1; c < map.length; c++) {
            if (map[c] > map[best]) {
                best = c;
            }
        }
        return cellBox(best);
    }

    /** A cell as a box in video pixels: the same partition the descriptor pools (x in column ⌊x · columns / width⌋). */
    public Box cellBox(int cell) {
        int c = cell % columns;
        int r = cell / columns;
        int x0 = edge(c, columns, videoWidth);
        int y0 = edge(r, rows, videoHeight);
        return new Box(x0, y0, edge(c + 1, columns, videoWidth) - x0, edge(r + 1, rows, videoHeight) - y0);
    }

    private static int edge(int k, int parts, int size) {
        return (int) (((long) k * size + parts - 1) / parts);
    }

    /** A rectangle of the picture, in video pixels from the top left. */
    public record Box(int x, int y, int width, int height) {
    }
}
