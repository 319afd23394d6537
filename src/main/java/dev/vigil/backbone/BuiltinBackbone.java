package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.TensorLayout;

/**
 * The default backbone: Vigil's {@link SpaceTimeDescriptor}, which needs no weights and no PyTorch.
 *
 * <p>Per clip it decodes {@value SpaceTimeDescriptor#PAIRS} pairs of consecutive frames spread uniformly over the
 * window, scaled by FFmpeg to the card's input size (128 × 128 for evaluation; random short side in [128, 160]
 * and a random 128 crop for augmented views), turns them grey and computes the descriptor. All of it is per-clip
 * work, so it happens in {@link #prepare} on the pipeline's worker threads; {@link #embed} only unpacks.
 */
public final class BuiltinBackbone extends PairDescriptorBackbone {

    /** The card bundled as a resource: always available. */
    public static final ModelCard CARD = BuiltinCards.load("builtin.json", SpaceTimeDescriptor.SIZE);

    public BuiltinBackbone() {
        super(CARD, SpaceTimeDescriptor.VERSION, SpaceTimeDescriptor.PAIRS);
    }

    @Override
    public ClipTensor prepareFrames(RgbFrames frames, Preprocessing preprocessing, CropPlan plan, double frameRate) {
        float[] descriptor = SpaceTimeDescriptor.compute(grey(frames, plan), plan.cropWidth(), plan.cropHeight(),
                frameRate);
        return new ClipTensor(descriptor, TensorLayout.CTHW, 1, 1, 1, descriptor.length);
    }
}
