package dev.vigil.backbone;

/**
 * A hand-crafted space-time descriptor in the line of HOG/HOF/MBH (Laptev et al. 2008; Wang et al., dense
 * trajectories, 2011/2013), with an explicit histogram of motion speeds.
 *
 * <p>Input: {@code P} pairs of consecutive grey frames (w × h, values in [0, 1]) spread uniformly over the clip,
 * and the clip's frame rate. For each pair it computes dense optical flow ({@link OpticalFlow}). Pixels that move
 * (speed at least {@value #STATIC_SPEED} frame sides per second) vote, each into:
 * <ul>
 *   <li><b>HOG</b> — orientation of the spatial gradient of the first frame, unsigned, 8 bins over 180°, weighted
 *       by the gradient magnitude: the shape of what moves (upright walker, falling body, low crawler);</li>
 *   <li><b>HOF</b> — direction of the flow, 8 bins over 360°, weighted by the flow magnitude: which way it moves;</li>
 *   <li><b>MBHx, MBHy</b> — orientation of the gradients of the flow's x and y components, 8 bins each, weighted by
 *       their magnitude: motion boundaries (limbs against the body), insensitive to uniform camera motion;</li>
 *   <li><b>speed</b> — the flow magnitude in frame sides per second (so 10 and 25 fps clips agree), soft-binned on a
 *       log₂ scale: 8 bins doubling from 0.03 /s, the last open-ended (≥ 3.84 /s). Speed matters as much as
 *       direction: a cyclist among walkers moves the same way, only faster.</li>
 * </ul>
 * The static background does not vote: its texture says nothing about the action and would drown the actor.
 * Orientation votes are split linearly between the two nearest bins.
 *
 * <p>Pooling: 9 cells of 40 values, {@value #SIZE} in all — the whole clip, and 2 × 2 × 2 cells split at the
 * centre of motion of each pair (upper/lower body, front/back in the direction of travel) and in time (first and
 * second half of the pairs). Splitting at the actor rather than the frame makes the descriptor independent of where
 * the action happens. The clip is mirrored when its main horizontal motion goes left, so walking left and walking
 * right are the same action (a wrong-way walker is not told apart; a wrong-speed one is).
 *
 * <p>Normalisation: each value is divided by the cell's pixel count (so the amount of motion counts, not only its
 * shape), square-rooted (power normalisation: the Hellinger kernel on histograms, as in RootSIFT), and the whole
 * vector is L2-normalised, so Euclidean distances suit kNN, centroids and autoencoders. A clip where nothing moves
 * gives the zero vector.
 *
 * <p>Deterministic: the same frames give bit-identical descriptors. About 10 ms per clip at 128 × 128 on one core
 * (the optical flow is about two thirds of it).
 */
public final class SpaceTimeDescriptor {

    /** Changes whenever the algorithm does, so that cached descriptors of an older version are not reused. */
    public static final String VERSION = "stm-2";
    /** Pairs of consecutive frames sampled per clip. */
    public static final int PAIRS = 8;
    static final int BINS = 8;
    static final int PER_CELL = 5 * BINS;
    static final int CELLS = 9;
    /** Length of the descriptor. */
    public static final int SIZE = CELLS * PER_CELL;
    /** Speed (frame sides per second) below which a pixel counts as static. */
    static final float STATIC_SPEED = 0.03f;

    private static final int HOG = 0;
    private static final int HOF = BINS;
    private static final int MBH_X = 2 * BINS;
    private static final int MBH_Y = 3 * BINS;
    private static final int SPEED = 4 * BINS;
    private static final float TWO_PI = (float) (2 * Math.PI);

    private SpaceTimeDescriptor() {
    }

    /**
     * The descriptor of a clip.
     *
     * @param frames    2·P grey frames: pair k is frames 2k and 2k+1, one frame interval apart
     * @param frameRate frames per second of the clip (turns pixels per frame into speed per second)
     */
    public static float[] compute(float[][] frames, int w, int h, double frameRate) {
        if (frames.length < 2 || frames.length % 2 != 0) {
            throw new IllegalArgumentException("need pairs of frames, got " + frames.length);
        }
        int pairs = frames.length / 2;
        int n = w * h;
        // pixels per frame → frame sides per second, the side being the mean of width and height
        float speedScale = (float) (frameRate > 0 ? frameRate : 25) / (0.5f * (w + h));
        float minFlow = STATIC_SPEED / speedScale;
        float[][] us = new float[pairs][n];
        float[][] vs = new float[pairs][n];
        float[][] centres = new float[pairs][];
        double towardsRight = 0;
        for (int p = 0; p < pairs; p++) {
            OpticalFlow.compute(frames[2 * p], frames[2 * p + 1], w, h, us[p], vs[p]);
            centres[p] = motionCentre(us[p], vs[p], w, h, minFlow);
            towardsRight += centres[p][2];
        }
        // Mirror so that the main horizontal motion goes right: walking left or right is the same action.
        boolean mirror = towardsRight < 0;
        float[] sums = new float[SIZE];
        float[] counts = new float[CELLS];
        float flip = mirror ? -1 : 1;
        for (int p = 0; p < pairs; p++) {
            float[] u = us[p];
            float[] v = vs[p];
            float[] image = frames[2 * p];
            int half = p < pairs / 2 || pairs == 1 ? 0 : 4;
            float cx = centres[p][0];
            float cy = centres[p][1];
            // pixels per cell: the split lines at the centre of motion cut the frame into four rectangles
            int above = Math.max(0, Math.min(h, (int) Math.ceil(cy)));
            int left = Math.max(0, Math.min(w, (int) Math.ceil(cx)));
            int[] rows = {above, h - above};
            int[] columns = mirror ? new int[] {left, w - left} : new int[] {w - left, left};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    counts[1 + half + 2 * r + c] += rows[r] * columns[c];
                }
            }
            counts[0] += w * h;
            float minFlow2 = minFlow * minFlow;
            for (int y = 0; y < h; y++) {
                int rowCell = 1 + half + (y < cy ? 0 : 2);
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (u[i] * u[i] + v[i] * v[i] < minFlow2) {
                        // the static background says nothing about the action, and would drown the actor's texture
                        continue;
                    }
                    int cell = rowCell + ((x >= cx) != mirror ? 0 : 1);
                    // gradients only where something moves; under the mirror x → −x: I_x, u, ∂u/∂y, ∂v/∂x change sign
                    accumulate(sums, cell * PER_CELL, flip * Gradients.dx(image, w, x, i),
                            Gradients.dy(image, w, h, y, i), flip * u[i], v[i], Gradients.dx(u, w, x, i),
                            flip * Gradients.dy(u, w, h, y, i), flip * Gradients.dx(v, w, x, i),
                            Gradients.dy(v, w, h, y, i), speedScale);
                }
            }
        }
        return normalise(sums, counts);
    }

    /**
     * Centre of the moving pixels (weighted by flow magnitude) and their summed horizontal flow:
     * {cx, cy, Σu}. The cells split the actor there (upper/lower body, front/back), not the frame, so that the
     * descriptor does not depend on where in the frame the action happens. No motion: the frame's centre.
     */
    private static float[] motionCentre(float[] u, float[] v, int w, int h, float minFlow) {
        double sx = 0;
        double sy = 0;
        double weight = 0;
        double horizontal = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float m2 = u[i] * u[i] + v[i] * v[i];
                if (m2 >= minFlow * minFlow) {
                    float m = (float) Math.sqrt(m2);
                    sx += m * x;
                    sy += m * y;
                    weight += m;
                    horizontal += u[i];
                }
            }
        }
        return weight > 0 ? new float[] {(float) (sx / weight), (float) (sy / weight), (float) horizontal}
                : new float[] {w / 2f, h / 2f, 0};
    }

    /** One moving pixel's votes, into the whole-clip cell (offset 0) and into its own cell at {@code base}. */
    private static void accumulate(float[] d, int base, float gx, float gy, float u, float v, float ux, float uy,
                                   float vx, float vy, float speedScale) {
        float flow = (float) Math.sqrt(u * u + v * v);
        float speed = flow * speedScale;
        float gradient = (float) Math.sqrt(gx * gx + gy * gy);
        if (gradient > 0) {
            // unsigned: an edge is the same edge whichever side is brighter
            float angle = Gradients.atan2(gy, gx);
            if (angle < 0) {
                angle += (float) Math.PI;
            }
            vote(d, base, HOG, angle / (float) Math.PI, gradient);
        }
        vote(d, base, HOF, signedTurn(v, u), flow);
        float mx = (float) Math.sqrt(ux * ux + uy * uy);
        if (mx > 0) {
            vote(d, base, MBH_X, signedTurn(uy, ux), mx);
        }
        float my = (float) Math.sqrt(vx * vx + vy * vy);
        if (my > 0) {
            vote(d, base, MBH_Y, signedTurn(vy, vx), my);
        }
        voteSpeed(d, base, speed);
    }

    /** Direction of (x, y) as a fraction of a full turn in [0, 1). */
    private static float signedTurn(float y, float x) {
        float angle = Gradients.atan2(y, x);
        return (angle < 0 ? angle + TWO_PI : angle) / TWO_PI;
    }

    /**
     * Splits {@code weight} between the two bins nearest to {@code turn} (a fraction of the circle), in the
     * histogram at {@code offset} of the whole-clip cell and of the cell at {@code base}.
     */
    private static void vote(float[] d, int base, int offset, float turn, float weight) {
        float position = turn * BINS - 0.5f;
        int low = (int) Math.floor(position);
        float high = position - low;
        int first = offset + Math.floorMod(low, BINS);
        int second = offset + Math.floorMod(low + 1, BINS);
        float a = weight * (1 - high);
        float b = weight * high;
        d[first] += a;
        d[second] += b;
        d[base + first] += a;
        d[base + second] += b;
    }

    /** Log₂ speed bins from STATIC_SPEED on, soft-assigned between neighbours; the last bin is open-ended. */
    private static void voteSpeed(float[] d, int base, float speed) {
        float position = Math.min(BINS - 1, Gradients.log2(speed / STATIC_SPEED));
        int low = SPEED + (int) position;
        float high = position - (int) position;
        d[low] += 1 - high;
        d[base + low] += 1 - high;
        if (low + 1 < SPEED + BINS) {
            d[low + 1] += high;
            d[base + low + 1] += high;
        }
    }

    private static float[] normalise(float[] sums, float[] counts) {
        float[] out = new float[SIZE];
        double norm = 0;
        for (int cell = 0; cell < CELLS; cell++) {
            float count = Math.max(1, counts[cell]);
            for (int k = 0; k < PER_CELL; k++) {
                int i = cell * PER_CELL + k;
                out[i] = (float) Math.sqrt(sums[i] / count);
                norm += out[i] * out[i];
            }
        }
        float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
        for (int i = 0; i < SIZE; i++) {
            out[i] *= scale;
        }
        return out;
    }
}
