package dev.vigil.backbone;

/**
 * A space-time descriptor for fixed cameras: what moves, how fast, which way and what it looks like, pooled on
 * grids anchored to the frame.
 *
 * <p>A fixed camera sees the same place all the time, so each region has its own normal (people on the path,
 * nobody on the lawn) and an anomaly is often small and local: a cyclist is a walker who is too fast <i>in one
 * place</i>. Pooled over the whole frame, or around the centre of all motion as {@link SpaceTimeDescriptor} does
 * for clips of one actor, one small fast object among ten walkers disappears. Here every histogram is kept per
 * cell of three grids over the frame — the whole frame, 2 × 2 and 6 × 4 cells ({@link #GRID}) — so a
 * detector learns each place's own normal, and the finest cells say where an anomaly is.
 *
 * <p>Per pair of consecutive frames (dense optical flow by {@link OpticalFlow}), each cell collects:
 * <ul>
 *   <li><b>speed</b> — moving pixels (flow at least {@value #STATIC_SPEED} frame sides per second and
 *       {@value #MIN_FLOW} pixels per frame) soft-binned by speed on a log₂ scale, 8 bins doubling from
 *       {@value #STATIC_SPEED} /s, the last open-ended: how much of the cell moves at which speed;</li>
 *   <li><b>direction</b> — moving pixels by flow direction, 8 bins over 360°: which way they go;</li>
 *   <li><b>moving shape</b> — gradient orientations of the moving pixels (unsigned, 8 bins), weighted by the
 *       gradient magnitude: an upright walker, a low wide cart;</li>
 *   <li><b>appearance</b> — gradient orientations of every pixel, the same way: something standing where it never
 *       stands changes the cell's texture even when it does not move.</li>
 * </ul>
 * Each value is divided by the cell's pixel count and the number of pairs (so it is a share of the cell, and the
 * amount counts, not only the shape) and square-rooted (the Hellinger kernel, as in RootSIFT). No global
 * normalisation: in a fixed scene the absolute amount of motion in a place is part of what is normal there.
 *
 * <p>The frames keep their aspect ratio at about 180 × 120 pixels (see scene.json), so a 20 × 40 pixel bicycle in a
 * 360 × 240 frame still covers about 10 × 20 pixels. Deterministic: the same frames give bit-identical values.
 */
public final class SceneDescriptor {

    /** Changes whenever the algorithm does, so that cached descriptors of an older version are not reused. */
    public static final String VERSION = "scene-1";
    /** Pairs of consecutive frames sampled per window. */
    public static final int PAIRS = 8;
    static final int BINS = 8;
    /** Values per cell: speed, direction, moving shape, appearance. */
    public static final int PER_CELL = 4 * BINS;
    /**
     * The whole frame and 2 × 2 cells rank windows; the 6 × 4 cells, about 60 × 60 pixels of a 360 × 240 frame,
     * make the anomaly map (see {@link CellGrid#rankingSize()} for why they do not rank).
     */
    public static final CellGrid GRID = new CellGrid(PER_CELL, new int[][] {{1, 1}, {2, 2}, {6, 4}});
    /** Length of the descriptor. */
    public static final int SIZE = GRID.size();
    /** Speed (frame sides per second) below which a pixel counts as static. */
    static final float STATIC_SPEED = 0.04f;
    /** Flow (pixels per frame) below which a pixel counts as static: compression noise at high frame rates. */
    static final float MIN_FLOW = 0.25f;

    private static final int SPEED = 0;
    private static final int DIRECTION = BINS;
    private static final int SHAPE = 2 * BINS;
    private static final int APPEARANCE = 3 * BINS;
    private static final float TWO_PI = (float) (2 * Math.PI);

    private SceneDescriptor() {
    }

    /**
     * The descriptor of a window.
     *
     * @param frames    2·P grey frames: pair k is frames 2k and 2k+1, one frame interval apart
     * @param frameRate frames per second (turns pixels per frame into speed per second)
     */
    public static float[] compute(float[][] frames, int w, int h, double frameRate) {
        if (frames.length < 2 || frames.length % 2 != 0) {
            throw new IllegalArgumentException("need pairs of frames, got " + frames.length);
        }
        float[] sums = new float[SIZE];
        for (int p = 0; p < frames.length / 2; p++) {
            float[] pair = pairSums(frames[2 * p], frames[2 * p + 1], w, h, frameRate);
            for (int i = 0; i < SIZE; i++) {
                sums[i] += pair[i];
            }
        }
        return normalise(sums, frames.length / 2, w, h);
    }

    /**
     * The un-normalised histograms of one pair: additive over pairs, so that a caller may keep them for pairs that
     * several overlapping windows share. {@link #normalise} turns their sum into the descriptor.
     */
    static float[] pairSums(float[] a, float[] b, int w, int h, double frameRate) {
        int n = w * h;
        float[] u = new float[n];
        float[] v = new float[n];
        OpticalFlow.compute(a, b, w, h, u, v);
        // pixels per frame → frame sides per second, the side being the mean of width and height
        float speedScale = (float) (frameRate > 0 ? frameRate : 25) / (0.5f * (w + h));
        float minFlow = Math.max(MIN_FLOW, STATIC_SPEED / speedScale);
        float minFlow2 = minFlow * minFlow;
        // a pixel's cell in every grid: the column's part plus the row's part of the cell's value offset
        int levels = GRID.levelCount();
        int[][] columnOffsets = GRID.columnsOf(w);
        int[][] rowOffsets = GRID.rowsOf(h);
        for (int l = 0; l < levels; l++) {
            int first = GRID.firstCell(l);
            for (int x = 0; x < w; x++) {
                columnOffsets[l][x] = (first + columnOffsets[l][x]) * PER_CELL;
            }
            for (int y = 0; y < h; y++) {
                rowOffsets[l][y] = rowOffsets[l][y] * GRID.columns(l) * PER_CELL;
            }
        }
        int[] cells = new int[levels];
        float[] d = new float[SIZE];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                for (int l = 0; l < levels; l++) {
                    cells[l] = columnOffsets[l][x] + rowOffsets[l][y];
                }
                float gx = Gradients.dx(a, w, x, i);
                float gy = Gradients.dy(a, w, h, y, i);
                float gradient = (float) Math.sqrt(gx * gx + gy * gy);
                float orientation = 0;
                if (gradient > 0) {
                    // unsigned: an edge is the same edge whichever side is brighter
                    float angle = Gradients.atan2(gy, gx);
                    orientation = (angle < 0 ? angle + (float) Math.PI : angle) / (float) Math.PI;
                    vote(d, cells, APPEARANCE, orientation, gradient);
                }
                float flow2 = u[i] * u[i] + v[i] * v[i];
                if (flow2 < minFlow2) {
                    continue;
                }
                if (gradient > 0) {
                    vote(d, cells, SHAPE, orientation, gradient);
                }
                float direction = Gradients.atan2(v[i], u[i]);
                vote(d, cells, DIRECTION, (direction < 0 ? direction + TWO_PI : direction) / TWO_PI, 1);
                voteSpeed(d, cells, (float) Math.sqrt(flow2) * speedScale);
            }
        }
        return d;
    }

    /**
     * Splits {@code weight} between the two bins nearest to {@code turn} (a fraction of the circle) of the
     * histogram at {@code offset}, in the pixel's cell of every grid.
     */
    private static void vote(float[] d, int[] cells, int offset, float turn, float weight) {
        float position = turn * BINS - 0.5f;
        int low = (int) Math.floor(position);
        float high = position - low;
        int first = offset + Math.floorMod(low, BINS);
        int second = offset + Math.floorMod(low + 1, BINS);
        float a = weight * (1 - high);
        float b = weight * high;
        for (int base : cells) {
            d[base + first] += a;
            d[base + second] += b;
        }
    }

    /** Log₂ speed bins from STATIC_SPEED on, soft-assigned between neighbours; the last bin is open-ended. */
    private static void voteSpeed(float[] d, int[] cells, float speed) {
        float position = Math.max(0, Math.min(BINS - 1, Gradients.log2(speed / STATIC_SPEED)));
        int low = (int) position;
        float high = position - low;
        for (int base : cells) {
            d[base + SPEED + low] += 1 - high;
            if (low + 1 < BINS) {
                d[base + SPEED + low + 1] += high;
            }
        }
    }

    /** The descriptor from the summed histograms of {@code pairs} pairs of w × h frames. */
    static float[] normalise(float[] sums, int pairs, int w, int h) {
        int[] pixels = GRID.pixelCounts(w, h);
        float[] out = new float[SIZE];
        for (int cell = 0; cell < pixels.length; cell++) {
            float count = Math.max(1, pixels[cell]) * (float) pairs;
            for (int k = 0; k < PER_CELL; k++) {
                int i = cell * PER_CELL + k;
                out[i] = (float) Math.sqrt(Math.max(0, sums[i]) / count);
            }
        }
        return out;
    }
}
