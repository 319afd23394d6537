package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.FrameSampling;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.util.List;

/**
 * What the built-in descriptors share: no weights, the CPU, and pairs of consecutive frames spread uniformly over
 * a clip or window, decoded and described in {@link #prepare} / {@link #prepareFrames} on the pipeline's worker
 * threads; a prepared descriptor is already the embedding, so {@link #embed} only unpacks.
 */
abstract class PairDescriptorBackbone implements Backbone {

    private final ModelCard card;
    private final String version;
    private final int pairs;

    PairDescriptorBackbone(ModelCard card, String version, int pairs) {
        this.card = card;
        this.version = version;
        this.pairs = pairs;
    }

    @Override
    public final ModelCard card() {
        return card;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String device() {
        return "cpu (built-in)";
    }

    @Override
    public final ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
            throws VideoException {
        CropPlan plan = preprocessing.plan(info.displayWidth(), info.displayHeight(), seed);
        RgbFrames frames = VideoDecoder.decodeUniformPairs(info.file(), pairs, plan.decodeWidth(), plan.decodeHeight(),
                window.startSeconds(), window.endSeconds());
        return prepareFrames(frames, preprocessing, plan, info.frameRate()).withNote(frames.note());
    }

    /** The descriptor's pairs of consecutive frames spread uniformly over the range. */
    @Override
    public final long[] frameIndices(Preprocessing preprocessing, long first, long last) {
        return FrameSampling.uniformPairs(first, last, pairs);
    }

    @Override
    public final float[][] embed(List<ClipTensor> batch) throws BackboneException {
        float[][] out = new float[batch.size()][];
        for (int i = 0; i < out.length; i++) {
            ClipTensor clip = batch.get(i);
            if (clip.data().length != card.embeddingSize()) {
                throw new BackboneException(card.id() + " backbone: input " + i + " is not a prepared descriptor ("
                        + clip.data().length + " values, expected " + card.embeddingSize() + ")");
            }
            out[i] = clip.data().clone();
        }
        return out;
    }

    @Override
    public final void close() {
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
