package dev.vigil.video;

import java.nio.file.Path;
import java.util.List;

/** Turns decoded frames into normalised float tensors, and loads a clip straight to its backbone input. */
public final class ClipTensors {

    private ClipTensors() {
    }

    /**
     * Decodes and preprocesses one clip: uniform sampling of {@code p.frames()} frames, then either FFmpeg scaling to
     * the plan's size, crop, /255 and per-channel normalisation ({@link ResizeMethod#ANTIALIAS}), or full-size RGB,
     * /255, normalisation, the reference's bilinear resize and crop ({@link ResizeMethod#REFERENCE}); then layout.
     *
     * @param info the clip's probe (its displayed size drives the plan)
     * @param seed augmentation seed; ignored by the deterministic modes
     */
    public static ClipTensor load(VideoInfo info, Preprocessing p, long seed) throws VideoException {
        return load(info, p, seed, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #load(VideoInfo, Preprocessing, long)}, sampling only the frames whose start time lies in
     * [startSeconds, endSeconds).
     */
    public static ClipTensor load(VideoInfo info, Preprocessing p, long seed, double startSeconds, double endSeconds)
            throws VideoException {
        CropPlan plan = p.plan(info.displayWidth(), info.displayHeight(), seed);
        RgbFrames frames = VideoDecoder.decodeUniform(info.file(), p.frames(), plan.decodeWidth(), plan.decodeHeight(),
                startSeconds, endSeconds);
        return toTensor(frames, plan, p.mean(), p.std(), p.layout()).withNote(frames.note());
    }

    /** As {@link #load(VideoInfo, Preprocessing, long)} for a file not yet probed. */
    public static ClipTensor load(Path file, Preprocessing p, long seed) throws VideoException {
        return load(VideoProbe.probe(file), p, seed);
    }

    /**
     * Turns frames decoded at the plan's decode size into a tensor: scales to [0, 1], normalises per channel,
     * resizes when the plan says so ({@link ReferenceResize}), crops and lays out the frames.
     */
    public static ClipTensor toTensor(RgbFrames frames, CropPlan plan, float[] mean, float[] std, TensorLayout layout) {
        if (frames.width() != plan.decodeWidth() || frames.height() != plan.decodeHeight()) {
            throw new IllegalArgumentException("frames are " + frames.width() + "x" + frames.height()
                    + " but the plan decodes to " + plan.decodeWidth() + "x" + plan.decodeHeight());
        }
        if (plan.resizesAfterDecoding()) {
            return ReferenceResize.toTensor(frames, plan, mean, std, layout);
        }
        int t = frames.frames();
        int h = plan.cropHeight();
        int w = plan.cropWidth();
        float[] out = new float[3 * t * h * w];
        ClipTensor tensor = new ClipTensor(out, layout, 3, t, h, w);
        // (v / 255 - mean) / std as one multiply-add per value
        float[] scale = new float[3];
        float[] shift = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * std[c]);
            shift[c] = -mean[c] / std[c];
        }
        byte[] src = frames.data();
        for (int f = 0; f < t; f++) {
            for (int y = 0; y < h; y++) {
                int row = ((f * frames.height() + plan.cropY() + y) * frames.width() + plan.cropX()) * 3;
                for (int c = 0; c < 3; c++) {
                    int dst = tensor.index(c, f, y, 0);
                    for (int x = 0; x < w; x++) {
                        out[dst + x] = (src[row + x * 3 + c] & 0xff) * scale[c] + shift[c];
                    }
                }
            }
        }
        return tensor;
    }

    /**
     * SlowFast's two pathways from one C,T,H,W clip: the fast pathway is the clip itself, the slow one keeps
     * T / alpha frames picked by linspace over the fast frames (pytorchvideo's PackPathway).
     *
     * @return [slow, fast]
     */
    public static List<ClipTensor> slowFastPack(ClipTensor fast, int alpha) {
        if (fast.layout() != TensorLayout.CTHW) {
            throw new IllegalArgumentException("SlowFast expects C,T,H,W clips");
        }
        int slowFrames = fast.frames() / alpha;
        if (slowFrames < 1) {
            throw new IllegalArgumentException(fast.frames() + " frames are too few for alpha " + alpha);
        }
        long[] picks = FrameSampling.uniform(0, fast.frames() - 1L, slowFrames);
        int plane = fast.height() * fast.width();
        float[] slow = new float[fast.channels() * slowFrames * plane];
        for (int c = 0; c < fast.channels(); c++) {
            for (int s = 0; s < slowFrames; s++) {
                System.arraycopy(fast.data(), fast.index(c, (int) picks[s], 0, 0), slow,
                        (c * slowFrames + s) * plane, plane);
            }
        }
        return List.of(new ClipTensor(slow, TensorLayout.CTHW, fast.channels(), slowFrames, fast.height(),
                fast.width()), fast);
    }
}
