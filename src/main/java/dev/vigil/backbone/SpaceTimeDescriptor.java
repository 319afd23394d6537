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
 *       log₂ scale: 8 bins doubling from 0.015 /s, the last open-ended (≥ 1.92 /s). Speed matters as much as
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
 * <p>Deterministic: the same frames give bit-identical descriptors. About 10 ms per clip at 128 × 128 on one core.
 */
public final class SpaceTimeDescriptor {

    /** Changes whenever the algorithm does, so that cached descriptors of an older version are not reused. */
    public static final String VERSION = "stm-1";
    /** Pairs of consecutive frames sampled per clip. */
    public static final int PAIRS = 8;
    static final int BINS = 8;
    static final int PER_CELL = 5 * BINS;
    static final int CELLS = 9;
    /** Length of the descriptor. */
    public static final int SIZE = CELLS * PER_CELL;
    /** Speed (frame sides per second) below which a pixel counts as static. */
    static final float STATIC_SPEED = 0.015f;

    private static final int HOG = 0;
    private static final int HOF = BINS;
    private static final int MBH_X = 2 * BINS;
    private static final int MBH_Y = 3 * BINS;
    private static final int SPEED = 4 * BINS;
    private static final float TWO_PI = (float) (2 * Math.PI);
    private static final float LOG2 = (float) Math.log(2);

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
        float[] gx = new float[n];
        float[] gy = new float[n];
        float[] ux = new float[n];
        float[] uy = new float[n];
        float[] vx = new float[n];
        float[] vy = new float[n];
        float flip = mirror ? -1 : 1;
        for (int p = 0; p < pairs; p++) {
            float[] u = us[p];
            float[] v = vs[p];
            Gradients.central(frames[2 * p], w, h, gx, gy);
            Gradients.central(u, w, h, ux, uy);
            Gradients.central(v, w, h, vx, vy);
            int half = p < pairs / 2 || pairs == 1 ? 0 : 4;
            float cx = centres[p][0];
            float cy = centres[p][1];
            for (int y = 0; y < h; y++) {
                int rowCell = 1 + half + (y < cy ? 0 : 2);
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    int cell = rowCell + ((x >= cx) != mirror ? 0 : 1);
                    counts[0]++;
                    counts[cell]++;
                    if (u[i] * u[i] + v[i] * v[i] < minFlow * minFlow) {
                        // the static background says nothing about the action, and would drown the actor's texture
                        continue;
                    }
                    // under the mirror x → −x: I_x, u, ∂u/∂y and ∂v/∂x change sign
                    accumulate(sums, 0, flip * gx[i], gy[i], flip * u[i], v[i], ux[i], flip * uy[i], flip * vx[i],
                            vy[i], speedScale);
                    accumulate(sums, cell * PER_CELL, flip * gx[i], gy[i], flip * u[i], v[i], ux[i], flip * uy[i],
                            flip * vx[i], vy[i], speedScale);
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
                float m = (float) Math.sqrt(u[i] * u[i] + v[i] * v[i]);
                if (m >= minFlow) {
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
            vote(d, base + HOG, angle / (float) Math.PI, gradient);
        }
        vote(d, base + HOF, signedTurn(v, u), flow);
        float mx = (float) Math.sqrt(ux * ux + uy * uy);
        if (mx > 0) {
            vote(d, base + MBH_X, signedTurn(uy, ux), mx);
        }
        float my = (float) Math.sqrt(vx * vx + vy * vy);
        if (my > 0) {
            vote(d, base + MBH_Y, signedTurn(vy, vx), my);
        }
        voteSpeed(d, base + SPEED, speed);
    }

    /** Direction of (x, y) as a fraction of a full turn in [0, 1). */
    private static float signedTurn(float y, float x) {
        float angle = Gradients.atan2(y, x);
        return (angle < 0 ? angle + TWO_PI : angle) / TWO_PI;
    }

    /** Splits {@code weight} between the two bins nearest to {@code turn} (a fraction of the circle). */
    private static void vote(float[] d, int offset, float turn, float weight) {
        float position = turn * BINS - 0.5f;
        int low = (int) Math.floor(position);
        float high = position - low;
        d[offset + Math.floorMod(low, BINS)] += weight * (1 - high);
        d[offset + Math.floorMod(low + 1, BINS)] += weight * high;
    }

    /** Log₂ speed bins from STATIC_SPEED on, soft-assigned between neighbours; the last bin is open-ended. */
    private static void voteSpeed(float[] d, int offset, float speed) {
        float position = Math.min(BINS - 1, (float) Math.log(speed / STATIC_SPEED) / LOG2);
        int low = (int) position;
        float high = position - low;
        d[offset + low] += 1 - high;
        if (low + 1 < BINS) {
            d[offset + low + 1] += high;
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
