package dev.vigil.video;

/** Which frames of a clip feed the backbone. */
public final class FrameSampling {

    /**
     * Fewest frames a clip must have to be embedded: every backbone looks at change over time (the built-in
     * descriptor at motion between consecutive frames), which one frame does not have. Shorter clips are refused
     * with {@link #tooShort(long)} everywhere (extract, train, score, timeline, the workbench), never embedded as
     * a still picture.
     */
    public static final int MIN_FRAMES = 2;

    /** The reason a clip of {@code frames} frames is refused. */
    public static String tooShort(long frames) {
        return "too short: " + frames + " frame" + (frames == 1 ? "" : "s") + " (a clip needs at least " + MIN_FRAMES
                + " to show motion)";
    }

    private FrameSampling() {
    }

    /**
     * The reference's uniform rule: {@code linspace(first, last, n)} truncated to integers, as
     * {@code torch.linspace(0, T - 1, n).long()} does. Indices repeat when the range holds fewer than n frames.
     *
     * @param first index of the first frame of the range
     * @param last  index of the last frame of the range (inclusive)
     * @param n     number of frames wanted, at least 1
     */
    public static long[] uniform(long first, long last, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("frames wanted must be at least 1, got " + n);
        }
        if (last < first) {
            throw new IllegalArgumentException("empty frame range [" + first + ", " + last + "]");
        }
        long[] indices = new long[n];
        if (n == 1) {
            indices[0] = first;
            return indices;
        }
        // float32 and the symmetric formula of torch.linspace, so that truncation lands on the same frames
        float start = first;
        float end = last;
        float step = (end - start) / (n - 1);
        int halfway = n / 2;
        for (int i = 0; i < n; i++) {
            float value = i < halfway ? start + step * i : end - step * (n - 1 - i);
            indices[i] = Math.max(first, Math.min(last, (long) value));
        }
        return indices;
    }

    /**
     * {@code pairs} pairs of consecutive frames (k, k+1) whose first frames are uniformly sampled over
     * {@code first..last}: element 2i and 2i+1 of the result are one frame interval apart, for motion estimation.
     * A range of a single frame gives pairs of that frame twice. Ascending, repeats allowed.
     */
    public static long[] uniformPairs(long first, long last, int pairs) {
        long[] starts = uniform(first, Math.max(first, last - 1), pairs);
        long[] indices = new long[2 * pairs];
        for (int i = 0; i < pairs; i++) {
            indices[2 * i] = starts[i];
            indices[2 * i + 1] = Math.min(last, starts[i] + 1);
        }
        return indices;
    }

    /** Uniform sampling over a whole clip of {@code frameCount} frames. */
    public static long[] uniform(long frameCount, int n) {
        return uniform(0, frameCount - 1, n);
    }
}
