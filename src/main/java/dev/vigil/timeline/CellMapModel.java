package dev.vigil.timeline;

import dev.vigil.backbone.CellGrid;

import java.util.Arrays;

/**
 * Each place's own normal, for anomaly maps: for every cell of the finest grid of a {@link CellGrid} descriptor,
 * the values that cell took in normal training windows. A window's map holds, per cell, the distance of its values
 * to the nearest normal values of the same cell, divided by how far normal windows of that cell lie from one
 * another (the 90th percentile of their leave-one-out nearest distances): a cell that is busy in normal footage
 * needs more to stand out than one where nothing ever happens, and 1 means "as unusual as the least usual normal
 * tenth". Maps say where; windows are ranked by the detector.
 */
public final class CellMapModel {

    /** Training rows kept per cell: enough for a scene's normal, and a bounded cost per scored window. */
    static final int MAX_ROWS = 1000;
    private static final double CALIBRATION_QUANTILE = 0.9;

    private final CellGrid grid;
    private final int cells;
    private final int offset;
    private final int per;
    /** Per cell, its training values row after row. */
    private final float[][] normal;
    private final int rows;
    private final double[] scale;

    private CellMapModel(CellGrid grid, float[][] normal, int rows, double[] scale) {
        this.grid = grid;
        this.cells = grid.columns(grid.finest()) * grid.rows(grid.finest());
        this.offset = grid.firstCell(grid.finest()) * grid.valuesPerCell();
        this.per = grid.valuesPerCell();
        this.normal = normal;
        this.rows = rows;
        this.scale = scale;
    }

    /** Learns each finest cell's normal from whole embeddings of normal windows (at most {@value #MAX_ROWS}, evenly). */
    public static CellMapModel fit(CellGrid grid, float[][] embeddings) {
        if (embeddings.length == 0) {
            throw new IllegalArgumentException("anomaly maps need at least one normal window");
        }
        int cells = grid.columns(grid.finest()) * grid.rows(grid.finest());
        int offset = grid.firstCell(grid.finest()) * grid.valuesPerCell();
        int per = grid.valuesPerCell();
        int rows = Math.min(MAX_ROWS, embeddings.length);
        float[][] normal = new float[cells][rows * per];
        for (int r = 0; r < rows; r++) {
            float[] e = embeddings[(int) ((long) r * embeddings.length / rows)];
            if (e.length != grid.size()) {
                throw new IllegalArgumentException("embedding of " + e.length + " values, the grid lays out "
                        + grid.size());
            }
            for (int c = 0; c < cells; c++) {
                System.arraycopy(e, offset + c * per, normal[c], r * per, per);
            }
        }
        double[] scale = new double[cells];
        for (int c = 0; c < cells; c++) {
            double[] nearest = new double[rows];
            for (int r = 0; r < rows; r++) {
                nearest[r] = nearest(normal[c], rows, per, normal[c], r * per, r);
            }
            Arrays.sort(nearest);
            // a cell where nothing ever varies still needs some distance to count
            scale[c] = Math.max(1e-3, nearest[(int) Math.round(CALIBRATION_QUANTILE * (rows - 1))]);
        }
        return new CellMapModel(grid, normal, rows, scale);
    }

    public CellGrid grid() {
        return grid;
    }

    /** Columns of the map (the finest grid's). */
    public int columns() {
        return grid.columns(grid.finest());
    }

    public int rows() {
        return grid.rows(grid.finest());
    }

    /** A window's map: one value per finest cell, row after row from the top left; 0 is perfectly usual. */
    public float[] map(float[] embedding) {
        float[] out = new float[cells];
        for (int c = 0; c < cells; c++) {
            out[c] = (float) (nearest(normal[c], rows, per, embedding, offset + c * per, -1) / scale[c]);
        }
        return out;
    }

    /** Euclidean distance from values at {@code at} of {@code x} to the nearest of the rows, leaving out row {@code skip}. */
    private static double nearest(float[] rowsData, int rows, int per, float[] x, int at, int skip) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            if (r == skip) {
                continue;
            }
            double sum = 0;
            int base = r * per;
            for (int j = 0; j < per && sum < best; j++) {
                double d = x[at + j] - rowsData[base + j];
                sum += d * d;
            }
            best = Math.min(best, sum);
        }
        return rows == 1 && skip == 0 ? 0 : Math.sqrt(best);
    }
}
