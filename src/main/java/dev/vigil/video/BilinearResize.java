package dev.vigil.video;

/**
 * Bilinear resizing of float planes exactly as PyTorch's {@code torch.nn.functional.interpolate(x, size,
 * mode='bilinear', align_corners=False, antialias=False)} computes it on the CPU, in the same float arithmetic:
 * pixel centres at half-integers, source coordinates below 0 clamped to 0, the right or bottom neighbour clamped
 * to the last pixel, and the two horizontal interpolations combined vertically. No antialiasing: when shrinking,
 * each output pixel reads only its four nearest source pixels, as the reference pipeline's Resize does.
 */
public final class BilinearResize {

    private BilinearResize() {
    }

    /**
     * Source indices and weights along one axis.
     *
     * @param first  index of the lower neighbour of each output position
     * @param second index of the upper neighbour (equal to {@code first} at the last source pixel)
     * @param wFirst weight of the lower neighbour
     * @param wSecond weight of the upper neighbour
     */
    public record Axis(int[] first, int[] second, float[] wFirst, float[] wSecond) {

        public int size() {
            return first.length;
        }
    }

    /**
     * The taps of one axis resized from {@code in} to {@code out} pixels (PyTorch's
     * {@code area_pixel_compute_scale}, {@code area_pixel_compute_source_index} and
     * {@code compute_indices_weights_linear}).
     */
    public static Axis axis(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("sizes must be at least 1, got " + in + " -> " + out);
        }
        // float, not double: PyTorch computes the scale and the source positions in the tensor's float type
        float scale = (float) in / out;
        int[] first = new int[out];
        int[] second = new int[out];
        float[] wFirst = new float[out];
        float[] wSecond = new float[out];
        for (int d = 0; d < out; d++) {
            float source = scale * (d + 0.5f) - 0.5f;
            if (source < 0f) {
                source = 0f;
            }
            int index = Math.min((int) source, in - 1);
            float lambda = Math.min(Math.max(source - index, 0f), 1f);
            first[d] = index;
            second[d] = index + (index < in - 1 ? 1 : 0);
            wFirst[d] = 1f - lambda;
            wSecond[d] = lambda;
        }
        return new Axis(first, second, wFirst, wSecond);
    }

    /**
     * Resizes one plane to {@code columns.size() × rows.size()} pixels, writing only the window of {@code width ×
     * height} pixels whose top left is ({@code x0}, {@code y0}): a crop of the resized plane costs only its own
     * pixels, and each of them is the value the whole resized plane would hold there.
     *
     * @param source      row-major plane of {@code sourceWidth} columns
     * @param columns     {@link #axis} of the width
     * @param rows        {@link #axis} of the height
     * @param target      where the window goes
     * @param targetStart index in {@code target} of the window's first pixel
     * @param targetRow   distance in {@code target} between two rows of the window
     */
    public static void resize(float[] source, int sourceWidth, Axis columns, Axis rows, int x0, int y0, int width,
                              int height, float[] target, int targetStart, int targetRow) {
        for (int y = 0; y < height; y++) {
            int top = rows.first()[y0 + y] * sourceWidth;
            int bottom = rows.second()[y0 + y] * sourceWidth;
            float wTop = rows.wFirst()[y0 + y];
            float wBottom = rows.wSecond()[y0 + y];
            int out = targetStart + y * targetRow;
            for (int x = 0; x < width; x++) {
                int left = columns.first()[x0 + x];
                int right = columns.second()[x0 + x];
                float wLeft = columns.wFirst()[x0 + x];
                float wRight = columns.wSecond()[x0 + x];
                // the order of PyTorch's kernel: each row interpolated along the width, then the two rows
                float upper = source[top + left] * wLeft + source[top + right] * wRight;
                float lower = source[bottom + left] * wLeft + source[bottom + right] * wRight;
                target[out + x] = upper * wTop + lower * wBottom;
            }
        }
    }
}
