package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.CropPlan;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** What the built-in descriptors share: their cards bundled as resources, and embeddings that are their input. */
final class BuiltinCards {

    private BuiltinCards() {
    }

    /** The card bundled as {@code dev/vigil/backbone/<resource>}, checked against the descriptor's size. */
    static ModelCard load(String resource, int descriptorSize) {
        try (InputStream in = BuiltinCards.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/vigil/backbone/" + resource + " is missing from the build");
            }
            ModelCard card = ModelCards.parse(in, resource + " (resource)");
            if (card.embeddingSize() != descriptorSize) {
                throw new IllegalStateException(resource + " says " + card.embeddingSize() + " values, the descriptor"
                        + " computes " + descriptorSize);
            }
            return card;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes {@code pairs} pairs of consecutive frames spread uniformly over the window, at the plan's size, and
     * hands them to the descriptor's {@link Backbone#prepareFrames}: the whole of a built-in descriptor's
     * {@link Backbone#prepare}.
     */
    static ClipTensor preparePairs(Backbone descriptor, int pairs, VideoInfo info, Preprocessing preprocessing,
                                   long seed, ClipWindow window) throws VideoException {
        CropPlan plan = preprocessing.plan(info.displayWidth(), info.displayHeight(), seed);
        RgbFrames frames = VideoDecoder.decodeUniformPairs(info.file(), pairs, plan.decodeWidth(), plan.decodeHeight(),
                window.startSeconds(), window.endSeconds());
        return descriptor.prepareFrames(frames, preprocessing, plan, info.frameRate());
    }

    /** A prepared descriptor is already the embedding: copied out, after checking it is one. */
    static float[][] unpack(List<ClipTensor> batch, ModelCard card) throws BackboneException {
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
}
