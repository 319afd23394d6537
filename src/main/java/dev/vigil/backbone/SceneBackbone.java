package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.TensorLayout;

import java.util.Optional;

/**
 * The fixed-camera backbone: Vigil's {@link SceneDescriptor}, which needs no weights and no PyTorch. Frames keep
 * their aspect ratio at about 180 × 120 pixels; per window it reads {@value SceneDescriptor#PAIRS} pairs of
 * consecutive frames spread uniformly over it. Its embedding is laid out on cells of the frame ({@link #cells()}).
 */
public final class SceneBackbone extends PairDescriptorBackbone {

    /** The card bundled as a resource: always available. */
    public static final ModelCard CARD = BuiltinCards.load("scene.json", SceneDescriptor.SIZE);

    private final PairMemo memo = new PairMemo();

    public SceneBackbone() {
        super(CARD, SceneDescriptor.VERSION, SceneDescriptor.PAIRS);
    }

    @Override
    public Optional<CellGrid> cells() {
        return Optional.of(SceneDescriptor.GRID);
    }

    @Override
    public ClipTensor prepareFrames(RgbFrames frames, Preprocessing preprocessing, CropPlan plan, double frameRate) {
        float[][] grey = grey(frames, plan);
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
}
