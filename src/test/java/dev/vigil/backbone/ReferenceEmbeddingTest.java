package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.ReferenceFixtures;
import dev.vigil.video.ResizeMethod;
import dev.vigil.video.TensorLayout;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.vigil.video.ReferenceFixtures.relativeL2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A TorchScript backbone's embedding of a clip, prepared by Vigil with the card's reference preprocessing and run
 * through DJL, against the embedding PyTorch computed from the reference pipeline's tensor of the same clip
 * (src/test/python/make_reference_fixtures.py, with the tiny_cthw fixture network).
 */
class ReferenceEmbeddingTest {

    private static ModelCard card(ResizeMethod resize) {
        return new ModelCard("tiny_reference", null, BackboneKind.TORCHSCRIPT, "tiny_cthw.pt", null,
                ReferenceFixtures.FRAMES, TensorLayout.CTHW, ReferenceFixtures.SIZE, resize,
                new int[] {ReferenceFixtures.SIZE, 32}, ReferenceFixtures.MEAN, ReferenceFixtures.STD, 16, 0,
                "test fixture", "test fixture", null);
    }

    private static float[] embed(ModelCard card) throws Exception {
        try (Backbone backbone = TorchScriptBackbone.load(card, Fixtures.dir().resolve(card.file()), false,
                ComputeDevice.CPU)) {
            VideoInfo info = VideoProbe.probe(ReferenceFixtures.clip());
            ClipTensor input = backbone.prepare(info, card.evalPreprocessing(), 0, ClipWindow.reference(info));
            return backbone.embed(List.of(input))[0];
        }
    }

    @Test
    void referencePreprocessingGivesTheReferencePipelinesEmbedding() throws Exception {
        float[] expected = ReferenceFixtures.flat("reference_eval_embedding.npy");
        float[] actual = embed(card(ResizeMethod.REFERENCE));
        assertEquals(expected.length, actual.length);
        double error = relativeL2(actual, expected);
        System.out.printf("reference embedding: relative L2 %.3g%n", error);
        assertTrue(error <= 1e-3, "relative L2 " + error);
    }

    @Test
    void aCardWithoutAResizeMethodTakesTheReferenceOne() {
        assertEquals(ResizeMethod.REFERENCE, card(null).resize());
        assertEquals(ResizeMethod.REFERENCE, card(null).evalPreprocessing().resize());
        assertEquals(ResizeMethod.ANTIALIAS, BuiltinBackbone.CARD.resize());
    }

    @Test
    void antialiasedEmbeddingIsFartherFromTheReferenceThanTheBound() throws Exception {
        float[] expected = ReferenceFixtures.flat("reference_eval_embedding.npy");
        double error = relativeL2(embed(card(ResizeMethod.ANTIALIAS)), expected);
        System.out.printf("antialias embedding against the reference: relative L2 %.3g%n", error);
        assertTrue(error > 1e-3, "relative L2 " + error);
    }
}
