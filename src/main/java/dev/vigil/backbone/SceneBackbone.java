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
import java.util.Optional;

/**
 * The fixed-camera backbone: Vigil's {@link SceneDescriptor}, which needs no weights and no PyTorch. Frames keep
 * their aspect ratio at about 180 × 120 pixels; per window it reads {@value SceneDescriptor#PAIRS} pairs of
 * consecutive frames spread uniformly over it. All of it is per-window work, done in {@link #prepare} and
 * {@link #prepareFrames} on the pipeline's worker threads; {@link #embed} only unpacks.
 */
public final class SceneBackbone implements Backbone {

    /** The card bundled as a resource: always available. */
    public static final ModelCard CARD = BuiltinCards.load("scene.json", SceneDescriptor.SIZE);

    private final PairMemo memo = new PairMemo();

    @Override
    public ModelCard card() {
        return CARD;
    }

    @Override
    public String version() {
        return SceneDescriptor.VERSION;
    }

    @Override
    public String device() {
        return "cpu (built-in)";
    }

    @Override
    public Optional<CellGrid> cells() {
        return Optional.of(SceneDescriptor.GRID);
    }

    @Override
    public ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
            throws VideoException {
        return BuiltinCards.preparePairs(this, SceneDescriptor.PAIRS, info, preprocessing, seed, window);
    }

    /** {@value SceneDescriptor#PAIRS} pairs of consecutive frames spread uniformly over the range. */
    @Override
    public long[] frameIndices(Preprocessing preprocessing, long first, long last) {
        return FrameSampling.uniformPairs(first, last, SceneDescriptor.PAIRS);
    }

    @Override
    public ClipTensor prepareFrames(RgbFrames frames, Preprocessing preprocessing, CropPlan plan, double frameRate) {
        float[][] grey = BuiltinBackbone.grey(frames, plan);
        int w = plan.cropWidth();
        int h = plan.cropHeight();
        float[] sums = new float[SceneDescriptor.SIZE];
        for (int p = 0; p < grey.length / 2; p++) {
            float[] pair = memo.pairSums(grey[2 * p], grey[2 * p + 1], w, h, frameRate);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += pair[i];
            }
        }
        float[] descriptor = SceneDescriptor.normalise(sums, grey.length / 2, w, h);
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
}
