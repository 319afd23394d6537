package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.FrameSampling;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.TensorLayout;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.util.List;

/**
 * The default backbone: Vigil's {@link SpaceTimeDescriptor}, which needs no weights and no PyTorch.
 *
 * <p>Per clip it decodes {@value SpaceTimeDescriptor#PAIRS} pairs of consecutive frames spread uniformly over the
 * window, scaled by FFmpeg to the card's input size (128 × 128 for evaluation; random short side in [128, 160]
 * and a random 128 crop for augmented views), turns them grey and computes the descriptor. All of it is per-clip
 * work, so it happens in {@link #prepare} on the pipeline's worker threads; {@link #embed} only unpacks.
 */
public final class BuiltinBackbone implements Backbone {

    /** The card bundled as a resource: always available. */
    public static final ModelCard CARD = BuiltinCards.load("builtin.json", SpaceTimeDescriptor.SIZE);

    @Override
    public ModelCard card() {
        return CARD;
    }

    @Override
    public String version() {
        return SpaceTimeDescriptor.VERSION;
    }

    @Override
    public String device() {
        return "cpu (built-in)";
    }

    @Override
    public ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
            throws VideoException {
        return BuiltinCards.preparePairs(this, SpaceTimeDescriptor.PAIRS, info, preprocessing, seed, window);
    }

    /** {@value SpaceTimeDescriptor#PAIRS} pairs of consecutive frames spread uniformly over the range. */
    @Override
    public long[] frameIndices(Preprocessing preprocessing, long first, long last) {
        return FrameSampling.uniformPairs(first, last, SpaceTimeDescriptor.PAIRS);
    }

    @Override
    public ClipTensor prepareFrames(RgbFrames frames, Preprocessing preprocessing, CropPlan plan, double frameRate) {
        float[] descriptor = SpaceTimeDescriptor.compute(grey(frames, plan), plan.cropWidth(), plan.cropHeight(),
                frameRate);
        return new ClipTensor(descriptor, TensorLayout.CTHW, 1, 1, 1, descriptor.length);
    }

    @Override
    public float[][] embed(List<ClipTensor> batch) throws BackboneException {
        return BuiltinCards.unpack(batch, CARD);
    }

    @Override
    public void close() {
        // nothing native to release
    }

    /** The crop of each frame as grey values in [0, 1] (ITU-R BT.601 luma weights). */
    static float[][] grey(RgbFrames frames, CropPlan plan) {
        int w = plan.cropWidth();
        int h = plan.cropHeight();
        byte[] rgb = frames.data();
        float[][] out = new float[frames.frames()][w * h];
        for (int f = 0; f < frames.frames(); f++) {
            float[] grey = out[f];
            for (int y = 0; y < h; y++) {
                int src = ((f * frames.height() + plan.cropY() + y) * frames.width() + plan.cropX()) * 3;
                for (int x = 0; x < w; x++, src += 3) {
                    grey[y * w + x] = (0.299f * (rgb[src] & 0xff) + 0.587f * (rgb[src + 1] & 0xff)
                            + 0.114f * (rgb[src + 2] & 0xff)) / 255f;
                }
            }
        }
        return out;
    }
}
