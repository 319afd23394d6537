package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.TensorLayout;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** The tiny TorchScript fixtures (src/test/python/make_backbone_fixtures.py) and inputs for them. */
final class Fixtures {

    private Fixtures() {
    }

    /** The folder with the fixture cards and .pt files, usable as a models folder. */
    static Path dir() {
        try {
            return Path.of(Fixtures.class.getResource("fixtures/tiny_cthw.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clip of random values whose every channel and frame has its own offset, so means reveal the layout. */
    static ClipTensor clip(TensorLayout layout, int frames, int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] data = new float[3 * frames * side * side];
        ClipTensor clip = new ClipTensor(data, layout, 3, frames, side, side);
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < frames; t++) {
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        int i = layout == TensorLayout.CTHW ? ((c * frames + t) * side + y) * side + x
                                : ((t * 3 + c) * side + y) * side + x;
                        data[i] = c * 1.5f + t * 0.25f + (float) random.nextDouble();
                    }
                }
            }
        }
        return clip;
    }

    static float channelMean(ClipTensor clip, int c) {
        double sum = 0;
        for (int t = 0; t < clip.frames(); t++) {
            sum += frameChannelSum(clip, c, t);
        }
        return (float) (sum / ((double) clip.frames() * clip.height() * clip.width()));
    }

    static float frameMean(ClipTensor clip, int t) {
        double sum = 0;
        for (int c = 0; c < clip.channels(); c++) {
            sum += frameChannelSum(clip, c, t);
        }
        return (float) (sum / ((double) clip.channels() * clip.height() * clip.width()));
    }

    private static double frameChannelSum(ClipTensor clip, int c, int t) {
        double sum = 0;
        for (int y = 0; y < clip.height(); y++) {
            for (int x = 0; x < clip.width(); x++) {
                sum += clip.get(c, t, y, x);
            }
        }
        return sum;
    }
}
