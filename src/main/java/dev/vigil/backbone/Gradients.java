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
            for (int x = 0; x < w; x++) {
                int left = x == 0 ? 0 : x - 1;
                int right = x == w - 1 ? w - 1 : x + 1;
                float xScale = (x == 0 || x == w - 1) ? 1f : 0.5f;
                gx[row + x] = (img[row + right] - img[row + left]) * xScale;
                gy[row + x] = (img[down + x] - img[up + x]) * yScale;
            }
        }
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
