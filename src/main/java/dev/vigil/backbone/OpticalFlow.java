package dev.vigil.backbone;

/**
 * Dense optical flow by pyramidal Lucas–Kanade (Bouguet's coarse-to-fine scheme): at each level of a 2×2-average
 * image pyramid, the flow from the level above is refined by solving the 5×5-window least-squares system of the
 * brightness-constancy equation, with the second image warped (bilinear) by the current estimate. Windows whose
 * structure tensor is too weak (flat areas, where motion is unobservable) get no motion. The finest level is
 * refined twice. Three levels follow displacements of about eight pixels between two frames.
 */
final class OpticalFlow {

    static final int LEVELS = 3;
    private static final int RADIUS = 2;
    /** Smallest eigenvalue of a window's structure tensor that counts as texture (intensities in [0, 1]). */
    private static final float MIN_EIGEN = 1e-3f;
    private static final float MAX_STEP = 3f;

    private OpticalFlow() {
    }

    /**
     * Flow from {@code a} to {@code b} (both w × h, row-major, values in [0, 1]) written into {@code u} (x) and
     * {@code v} (y), in pixels.
     */
    static void compute(float[] a, float[] b, int w, int h, float[] u, float[] v) {
        float[][] pa = new float[LEVELS][];
        float[][] pb = new float[LEVELS][];
        int[] ws = new int[LEVELS];
        int[] hs = new int[LEVELS];
        pa[0] = a;
        pb[0] = b;
        ws[0] = w;
        hs[0] = h;
        int levels = 1;
        while (levels < LEVELS && ws[levels - 1] >= 16 && hs[levels - 1] >= 16) {
            ws[levels] = ws[levels - 1] / 2;
            hs[levels] = hs[levels - 1] / 2;
            pa[levels] = halve(pa[levels - 1], ws[levels - 1], hs[levels - 1]);
            pb[levels] = halve(pb[levels - 1], ws[levels - 1], hs[levels - 1]);
            levels++;
        }
        float[] cu = new float[ws[levels - 1] * hs[levels - 1]];
        float[] cv = new float[cu.length];
        for (int level = levels - 1; level >= 0; level--) {
            if (level < levels - 1) {
                cu = doubleUp(cu, ws[level + 1], hs[level + 1], ws[level], hs[level]);
                cv = doubleUp(cv, ws[level + 1], hs[level + 1], ws[level], hs[level]);
            }
            refine(pa[level], pb[level], ws[level], hs[level], cu, cv, level == 0 ? 2 : 1, level == 0);
        }
        System.arraycopy(cu, 0, u, 0, u.length);
        System.arraycopy(cv, 0, v, 0, v.length);
    }

    /**
     * Lucas–Kanade steps at one level: u, v += the least-squares update of each pixel's window, {@code iterations}
     * times. The structure tensor depends only on the first image, so it is summed and inverted once.
     *
     * @param finest at the full resolution, a window without texture gets no motion: the estimate it inherited
     *               from coarser levels would smear the motion of nearby objects over the flat background
     */
    private static void refine(float[] i0, float[] i1, int w, int h, float[] u, float[] v, int iterations,
                               boolean finest) {
        int n = w * h;
        float[] ix = new float[n];
        float[] iy = new float[n];
        Gradients.central(i0, w, h, ix, iy);
        float[] xx = new float[n];
        float[] xy = new float[n];
        float[] yy = new float[n];
        for (int i = 0; i < n; i++) {
            xx[i] = ix[i] * ix[i];
            xy[i] = ix[i] * iy[i];
            yy[i] = iy[i] * iy[i];
        }
        float[] tmp = new float[n];
        boxSum(xx, w, h, tmp);
        boxSum(xy, w, h, tmp);
        boxSum(yy, w, h, tmp);
        // xx, xy, yy become the inverse tensor [xx xy; xy yy]; NaN marks a window without texture
        for (int i = 0; i < n; i++) {
            float a = xx[i];
            float b = xy[i];
            float c = yy[i];
            float half = 0.5f * (a - c);
            float minEigen = 0.5f * (a + c) - (float) Math.sqrt(half * half + b * b);
            if (minEigen < MIN_EIGEN) {
                xx[i] = Float.NaN;
                if (finest) {
                    u[i] = 0;
                    v[i] = 0;
                }
                continue;
            }
            float det = a * c - b * b;
            xx[i] = c / det;
            xy[i] = -b / det;
            yy[i] = a / det;
        }
        float[] xt = new float[n];
        float[] yt = new float[n];
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    float it = bilinear(i1, w, h, x + u[i], y + v[i]) - i0[i];
                    xt[i] = ix[i] * it;
                    yt[i] = iy[i] * it;
                }
            }
            boxSum(xt, w, h, tmp);
            boxSum(yt, w, h, tmp);
            for (int i = 0; i < n; i++) {
                if (Float.isNaN(xx[i])) {
                    continue;
                }
                float du = -(xx[i] * xt[i] + xy[i] * yt[i]);
                float dv = -(xy[i] * xt[i] + yy[i] * yt[i]);
                u[i] += Math.max(-MAX_STEP, Math.min(MAX_STEP, du));
                v[i] += Math.max(-MAX_STEP, Math.min(MAX_STEP, dv));
            }
        }
    }

    /** In-place sum over the (2R+1)² window around each pixel, borders clamped; separable running sums. */
    static void boxSum(float[] data, int w, int h, float[] tmp) {
        for (int y = 0; y < h; y++) {
            runningSum(data, y * w, 1, w, tmp);
        }
        for (int x = 0; x < w; x++) {
            runningSum(tmp, x, w, h, data);
        }
    }

    /** Window sums along one row or column of {@code size} values spaced {@code step} apart, from src to dst. */
    private static void runningSum(float[] src, int start, int step, int size, float[] dst) {
        float sum = 0;
        for (int k = -RADIUS; k <= RADIUS; k++) {
            sum += src[start + clamp(k, size) * step];
        }
        int last = size - RADIUS - 1;
        for (int i = 0; i < size; i++) {
            dst[start + i * step] = sum;
            // the clamped indices only near the ends; the middle reads plain neighbours
            int add = i < last ? i + RADIUS + 1 : size - 1;
            int drop = i >= RADIUS ? i - RADIUS : 0;
            sum += src[start + add * step] - src[start + drop * step];
        }
    }

    private static int clamp(int i, int size) {
        return i < 0 ? 0 : (i >= size ? size - 1 : i);
    }

    static float bilinear(float[] img, int w, int h, float x, float y) {
        if (x < 0) {
            x = 0;
        } else if (x > w - 1) {
            x = w - 1;
        }
        if (y < 0) {
            y = 0;
        } else if (y > h - 1) {
            y = h - 1;
        }
        int x0 = Math.min((int) x, w - 2);
        int y0 = Math.min((int) y, h - 2);
        float fx = x - x0;
        float fy = y - y0;
        int i = y0 * w + x0;
        float top = img[i] + fx * (img[i + 1] - img[i]);
        float bottom = img[i + w] + fx * (img[i + w + 1] - img[i + w]);
        return top + fy * (bottom - top);
    }

    private static float[] halve(float[] img, int w, int h) {
        int hw = w / 2;
        int hh = h / 2;
        float[] out = new float[hw * hh];
        for (int y = 0; y < hh; y++) {
            int r0 = 2 * y * w;
            int r1 = r0 + w;
            for (int x = 0; x < hw; x++) {
                out[y * hw + x] = 0.25f * (img[r0 + 2 * x] + img[r0 + 2 * x + 1] + img[r1 + 2 * x] + img[r1 + 2 * x + 1]);
            }
        }
        return out;
    }

    /** Flow of a coarse level carried to the next finer one: nearest neighbour, displacements doubled. */
    private static float[] doubleUp(float[] flow, int w, int h, int fw, int fh) {
        float[] out = new float[fw * fh];
        for (int y = 0; y < fh; y++) {
            int sy = Math.min(y / 2, h - 1);
            for (int x = 0; x < fw; x++) {
                out[y * fw + x] = 2f * flow[sy * w + Math.min(x / 2, w - 1)];
            }
        }
        return out;
    }
}
