package dev.vigil.timeline;

import dev.vigil.backbone.CellGrid;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Each place's own normal, for anomaly maps: for every cell of the finest grid of a {@link CellGrid} descriptor,
 * the values that cell took in normal training windows. A window's map holds, per cell, the distance of its values
 * to the nearest normal values of the same cell, divided by how far normal windows of that cell lie from one
 * another (the 90th percentile of their leave-one-out nearest distances, at least the median of that over all
 * cells): a cell that is busy in normal footage needs more to stand out than a typical one, and 1 means about "as
 * unusual as the least usual normal tenth". Maps say where; windows are ranked by the detector.
 */
public final class CellMapModel {

    /** Training rows kept per cell: enough for a scene's normal, and a bounded cost per scored window. */
    static final int MAX_ROWS = 1000;
    private static final double CALIBRATION_QUANTILE = 0.9;
    /** First bytes of a saved model, so that another file is refused rather than read as numbers. */
    private static final String MAGIC = "vigil-cell-maps";
    private static final int FORMAT = 1;

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
            scale[c] = nearest[(int) Math.round(CALIBRATION_QUANTILE * (rows - 1))];
        }
        // A place where nothing ever changes (a wall, the sky) has almost no spread of its own: divided by it, the
        // flicker of compression would light it up brighter than a person where nobody walks. Such a place is
        // measured against the scene's typical spread instead.
        double[] sorted = scale.clone();
        Arrays.sort(sorted);
        double floor = Math.max(1e-3, sorted[sorted.length / 2]);
        for (int c = 0; c < cells; c++) {
            scale[c] = Math.max(scale[c], floor);
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

    /**
     * Saves the model: its grid, then per cell its normal values and scale, exactly, so that a model read back makes
     * the same maps to the last bit. The stream is flushed, not closed.
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(grid.valuesPerCell());
        data.writeInt(grid.levelCount());
        for (int l = 0; l < grid.levelCount(); l++) {
            data.writeInt(grid.columns(l));
            data.writeInt(grid.rows(l));
        }
        data.writeInt(rows);
        for (int c = 0; c < cells; c++) {
            for (float v : normal[c]) {
                data.writeFloat(v);
            }
            data.writeDouble(scale[c]);
        }
        data.flush();
    }

    /**
     * Reads a model saved by {@link #write}.
     *
     * @throws IOException saying what is wrong: not such a model, another format, sizes that do not fit, cut short
     */
    public static CellMapModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            String magic;
            try {
                magic = data.readUTF();
            } catch (IOException e) {
                magic = null;
            }
            if (!MAGIC.equals(magic)) {
                throw new IOException("not a saved anomaly-map model");
            }
            int format = data.readInt();
            if (format != FORMAT) {
                throw new IOException("anomaly-map model format " + format + " is not supported (expected " + FORMAT
                        + ")");
            }
            int per = data.readInt();
            int levelCount = data.readInt();
            if (per < 1 || levelCount < 1 || levelCount > 16) {
                throw new IOException("implausible grid: " + levelCount + " levels of " + per + " values per cell");
            }
            int[][] levels = new int[levelCount][2];
            for (int[] level : levels) {
                level[0] = data.readInt();
                level[1] = data.readInt();
            }
            CellGrid grid;
            try {
                grid = new CellGrid(per, levels);
            } catch (IllegalArgumentException e) {
                throw new IOException("implausible grid: " + e.getMessage(), e);
            }
            int rows = data.readInt();
            int cells = grid.columns(grid.finest()) * grid.rows(grid.finest());
            if (rows < 1 || rows > MAX_ROWS || (long) cells * rows * per > Integer.MAX_VALUE) {
                throw new IOException("implausible count of normal windows: " + rows);
            }
            float[][] normal = new float[cells][rows * per];
            double[] scale = new double[cells];
            for (int c = 0; c < cells; c++) {
                for (int i = 0; i < normal[c].length; i++) {
                    normal[c][i] = data.readFloat();
                }
                scale[c] = data.readDouble();
                if (!(scale[c] > 0) || Double.isInfinite(scale[c])) {
                    throw new IOException("cell " + (c + 1) + " has scale " + scale[c] + " (damaged?)");
                }
            }
            return new CellMapModel(grid, normal, rows, scale);
        } catch (EOFException e) {
            throw new IOException("the anomaly-map model ends too soon (truncated?)", e);
        }
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
