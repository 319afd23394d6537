package dev.vigil.backbone;

import java.util.Arrays;

/**
 * How a descriptor pooled on grids anchored to the frame lays out its values: grid levels of {@code columns × rows}
 * cells each, coarse to fine, cells numbered level by level and row by row within a level, and
 * {@link #valuesPerCell()} values per cell, cell after cell. The finest level says where in the frame something
 * is: a detector's view of each of its cells is an anomaly map.
 *
 * @param valuesPerCell values each cell contributes to the embedding
 * @param levels        {columns, rows} of each level, coarse to fine
 */
public record CellGrid(int valuesPerCell, int[][] levels) {

    public CellGrid {
        if (valuesPerCell < 1 || levels == null || levels.length == 0) {
            throw new IllegalArgumentException("a cell grid needs values per cell and at least one level");
        }
        for (int[] level : levels) {
            if (level.length != 2 || level[0] < 1 || level[1] < 1) {
                throw new IllegalArgumentException("a grid level is {columns, rows}, got " + Arrays.toString(level));
            }
        }
        levels = Arrays.stream(levels).map(int[]::clone).toArray(int[][]::new);
    }

    public int levelCount() {
        return levels.length;
    }

    public int columns(int level) {
        return levels[level][0];
    }

    public int rows(int level) {
        return levels[level][1];
    }

    /** Index of the first cell of a level. */
    public int firstCell(int level) {
        int first = 0;
        for (int l = 0; l < level; l++) {
            first += levels[l][0] * levels[l][1];
        }
        return first;
    }

    public int cellCount() {
        return firstCell(levels.length);
    }

    /** Values of the whole descriptor. */
    public int size() {
        return cellCount() * valuesPerCell;
    }

    /**
     * Values of every level but the finest: what detectors rank windows on. Many small cells rank worse than a few
     * large ones: with the few hundred windows a scene's normal footage gives, each cell's values add their own
     * noise to every distance, and on real fixed-camera footage the whole frame with 2 × 2 cells ranked frames best.
     * The finest cells say where, each against its own normal ({@code dev.vigil.timeline.CellMapModel}).
     */
    public int rankingSize() {
        return levels.length == 1 ? size() : firstCell(finest()) * valuesPerCell;
    }

    /** The finest level, whose cells make the anomaly map. */
    public int finest() {
        return levels.length - 1;
    }

    private int cellIndex(int level, int column, int row) {
        return firstCell(level) + row * levels[level][0] + column;
    }

    /** For each level, the column of every x in a frame {@code width} pixels wide. */
    int[][] columnsOf(int width) {
        int[][] out = new int[levels.length][width];
        for (int l = 0; l < levels.length; l++) {
            for (int x = 0; x < width; x++) {
                out[l][x] = (int) ((long) x * levels[l][0] / width);
            }
        }
        return out;
    }

    /** For each level, the row of every y in a frame {@code height} pixels high. */
    int[][] rowsOf(int height) {
        int[][] out = new int[levels.length][height];
        for (int l = 0; l < levels.length; l++) {
            for (int y = 0; y < height; y++) {
                out[l][y] = (int) ((long) y * levels[l][1] / height);
            }
        }
        return out;
    }

    /** Pixels of every cell of a w × h frame, by cell index. */
    int[] pixelCounts(int width, int height) {
        int[] counts = new int[cellCount()];
        for (int l = 0; l < levels.length; l++) {
            for (int r = 0; r < levels[l][1]; r++) {
                int rowPixels = edge(r + 1, levels[l][1], height) - edge(r, levels[l][1], height);
                for (int c = 0; c < levels[l][0]; c++) {
                    int columnPixels = edge(c + 1, levels[l][0], width) - edge(c, levels[l][0], width);
                    counts[cellIndex(l, c, r)] = rowPixels * columnPixels;
                }
            }
        }
        return counts;
    }

    /** First pixel of part {@code k} of {@code parts} along a side of {@code size} pixels. */
    private static int edge(int k, int parts, int size) {
        // smallest x with ⌊x · parts / size⌋ ≥ k
        return (int) (((long) k * size + parts - 1) / parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellGrid g && valuesPerCell == g.valuesPerCell && Arrays.deepEquals(levels, g.levels);
    }

    @Override
    public int hashCode() {
        return 31 * valuesPerCell + Arrays.deepHashCode(levels);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CellGrid[");
        for (int l = 0; l < levels.length; l++) {
            s.append(l == 0 ? "" : ", ").append(levels[l][0]).append('x').append(levels[l][1]);
        }
        return s.append(", ").append(valuesPerCell).append(" values per cell]").toString();
    }
}
