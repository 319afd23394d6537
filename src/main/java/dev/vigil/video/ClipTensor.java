package dev.vigil.video;

/**
 * A preprocessed clip as a dense float tensor without the batch axis.
 *
 * @param data     values in the order of {@code layout}
 * @param layout   axis order
 * @param channels C
 * @param frames   T
 * @param height   H
 * @param width    W
 * @param note     what the decoding of the clip noted (a stream that ended before frames the sampling needs), or
 *                 null; commands report it beside the clip's result
 */
public record ClipTensor(float[] data, TensorLayout layout, int channels, int frames, int height, int width,
                         String note) {

    public ClipTensor(float[] data, TensorLayout layout, int channels, int frames, int height, int width) {
        this(data, layout, channels, frames, height, width, null);
    }

    public ClipTensor {
        long expected = (long) channels * frames * height * width;
        if (data.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " values, got " + data.length);
        }
    }

    /** The same tensor with {@code note} (null for none) attached. */
    public ClipTensor withNote(String note) {
        return new ClipTensor(data, layout, channels, frames, height, width, note);
    }

    /** Shape in the order of the layout. */
    public long[] shape() {
        return layout == TensorLayout.CTHW
                ? new long[] {channels, frames, height, width}
                : new long[] {frames, channels, height, width};
    }

    /** Value at channel c, frame t, row y, column x, whatever the layout. */
    public float get(int c, int t, int y, int x) {
        return data[index(c, t, y, x)];
    }

    int index(int c, int t, int y, int x) {
        int plane = height * width;
        return layout == TensorLayout.CTHW
                ? ((c * frames + t) * plane) + y * width + x
                : ((t * channels + c) * plane) + y * width + x;
    }
}
