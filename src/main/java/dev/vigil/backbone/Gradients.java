package dev.vigil.backbone;

/** Image gradients and a fast arc tangent, shared by the descriptor's histograms and the optical flow. */
final class Gradients {

    private static final float PI = (float) Math.PI;

    private Gradients() {
    }

    /** Central differences (one-sided at the border), in intensity per pixel. */
    static void central(float[] img, int w, int h, float[] gx, float[] gy) {
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int up = (y == 0 ? 0 : y - 1) * w;
            int down = (y == h - 1 ? h - 1 : y + 1) * w;
            float yScale = (y == 0 || y == h - 1) ? 1f : 0.5f;
            gx[row] = img[row + 1] - img[row];
            gx[row + w - 1] = img[row + w - 1] - img[row + w - 2];
            for (int x = 1; x < w - 1; x++) {
                gx[row + x] = 0.5f * (img[row + x + 1] - img[row + x - 1]);
            }
            for (int x = 0; x < w; x++) {
                gy[row + x] = (img[down + x] - img[up + x]) * yScale;
            }
        }
    }

    /** ∂/∂x at pixel {@code i} (column x) of a w-wide image, as {@link #central} computes it. */
    static float dx(float[] img, int w, int x, int i) {
        if (x == 0) {
            return img[i + 1] - img[i];
        }
        if (x == w - 1) {
            return img[i] - img[i - 1];
        }
        return 0.5f * (img[i + 1] - img[i - 1]);
    }

    /** ∂/∂y at pixel {@code i} (row y) of a w × h image, as {@link #central} computes it. */
    static float dy(float[] img, int w, int h, int y, int i) {
        if (y == 0) {
            return img[i + w] - img[i];
        }
        if (y == h - 1) {
            return img[i] - img[i - w];
        }
        return 0.5f * (img[i + w] - img[i - w]);
    }

    /**
     * log₂(x) for x &gt; 0, within 0.005: the float's exponent plus a quadratic on its mantissa. The speed
     * histogram takes one per moving pixel.
     */
    static float log2(float x) {
        int bits = Float.floatToRawIntBits(x);
        int exponent = ((bits >>> 23) & 0xff) - 127;
        float m = Float.intBitsToFloat((bits & 0x007fffff) | 0x3f800000) - 1f; // mantissa − 1, in [0, 1)
        return exponent + m * (1.3465552f - 0.34655523f * m);
    }

    /**
     * atan2(y, x) in (−π, π], within 0.0015 rad: a polynomial on the first octant, unfolded by symmetry. Several
     * hundred thousand angles per clip make {@link Math#atan2} the descriptor's largest cost otherwise.
     */
    static float atan2(float y, float x) {
        float ax = Math.abs(x);
        float ay = Math.abs(y);
        if (ax == 0 && ay == 0) {
            return 0;
        }
        boolean swap = ay > ax;
        float t = swap ? ax / ay : ay / ax;
        float t2 = t * t;
        float angle = ((-0.0464964749f * t2 + 0.15931422f) * t2 - 0.327622764f) * t2 * t + t;
        if (swap) {
            angle = PI / 2 - angle;
        }
        if (x < 0) {
            angle = PI - angle;
        }
        return y < 0 ? -angle : angle;
    }
}
