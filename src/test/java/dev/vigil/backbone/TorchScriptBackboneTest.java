package dev.vigil.backbone;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.FrameSampling;
import dev.vigil.video.TensorLayout;
import dev.vigil.video.TestVideos;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loads the tiny fixtures through the real DJL path and checks what they compute from what Vigil feeds them. */
class TorchScriptBackboneTest {

    private static BackboneRegistry registry;
    private static Backbone cthw;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        registry = new BackboneRegistry(Fixtures.dir());
        cthw = registry.open("tiny_cthw");
    }

    @AfterAll
    static void close() {
        cthw.close();
    }

    @Test
    void cthwFixtureSeesChannelsAndFramesWhereTheLayoutPutsThem() throws Exception {
        ClipTensor a = Fixtures.clip(TensorLayout.CTHW, 8, 16, 1);
        ClipTensor b = Fixtures.clip(TensorLayout.CTHW, 8, 16, 2);
        float[][] out = cthw.embed(List.of(a, b));
        assertEquals(2, out.length);
        assertEquals(16, out[0].length);
        for (int c = 0; c < 3; c++) {
            assertEquals(Fixtures.channelMean(b, c), out[1][c], 1e-4, "channel " + c);
        }
        for (int t = 0; t < 8; t++) {
            assertEquals(Fixtures.frameMean(a, t), out[0][3 + t], 1e-4, "frame " + t);
        }
    }

    @Test
    void extractionLoadsTheFrozenTwinAndItGivesTheSameEmbeddings() throws Exception {
        assertTrue(((TorchScriptBackbone) cthw).file().toString().endsWith("tiny_cthw.inference.pt"));
        try (TorchScriptBackbone plain = registry.openTrainable("tiny_cthw")) {
            assertTrue(plain.file().toString().endsWith("tiny_cthw.pt"));
            ClipTensor clip = Fixtures.clip(TensorLayout.CTHW, 8, 16, 8);
            assertArrayEquals(plain.embed(List.of(clip))[0], cthw.embed(List.of(clip))[0], 1e-5f);
        }
    }

    @Test
    void tchwFixtureGetsFramesFirst() throws Exception {
        try (Backbone tchw = registry.open("tiny_tchw")) {
            assertEquals(TensorLayout.TCHW, tchw.card().layout());
            ClipTensor clip = Fixtures.clip(TensorLayout.TCHW, 8, 16, 3);
            float[] out = tchw.embed(List.of(clip))[0];
            assertEquals(12, out.length);
            for (int c = 0; c < 3; c++) {
                assertEquals(Fixtures.channelMean(clip, c), out[c], 1e-4);
            }
            for (int t = 0; t < 8; t++) {
                assertEquals(Fixtures.frameMean(clip, t), out[3 + t], 1e-4);
            }
        }
    }

    @Test
    void slowFastFixtureGetsTheSlowPathwayFirstPickedByLinspace() throws Exception {
        try (Backbone slowFast = registry.open("tiny_slowfast")) {
            ClipTensor fast = Fixtures.clip(TensorLayout.CTHW, 32, 16, 4);
            float[] out = slowFast.embed(List.of(fast))[0];
            assertEquals(24, out.length);
            long[] picks = FrameSampling.uniform(0, 31, 8);
            for (int s = 0; s < 8; s++) {
                assertEquals(Fixtures.frameMean(fast, (int) picks[s]), out[3 + s], 1e-4, "slow frame " + s);
            }
            for (int c = 0; c < 3; c++) {
                assertEquals(Fixtures.channelMean(fast, c), out[11 + c], 1e-4, "fast channel " + c);
            }
        }
    }

    @Test
    void sameInputGivesTheSameEmbeddingAloneOrInABatch() throws Exception {
        ClipTensor a = Fixtures.clip(TensorLayout.CTHW, 8, 16, 5);
        ClipTensor b = Fixtures.clip(TensorLayout.CTHW, 8, 16, 6);
        float[] alone = cthw.embed(List.of(a))[0];
        float[][] batch = cthw.embed(List.of(b, a));
        assertArrayEquals(alone, cthw.embed(List.of(a))[0]);
        assertArrayEquals(alone, batch[1], 1e-5f);
    }

    @Test
    void preparesARealVideoToTheCardsInput() throws Exception {
        Path file = TestVideos.write(dir.resolve("clip.mp4"), 64, 48, 30, 10, false, TestVideos.frameIndexCode(5));
        VideoInfo info = VideoProbe.probe(file);
        ClipTensor eval = cthw.prepare(info, cthw.card().evalPreprocessing(), 0, ClipWindow.reference(info));
        assertArrayEquals(new long[] {3, 8, 16, 16}, eval.shape());
        ClipTensor augmented = cthw.prepare(info, cthw.card().trainPreprocessing(), 42, ClipWindow.WHOLE);
        assertArrayEquals(new long[] {3, 8, 16, 16}, augmented.shape());
        assertEquals(2, cthw.embed(List.of(eval, augmented)).length);
        try (Backbone tchw = registry.open("tiny_tchw")) {
            ClipTensor t = tchw.prepare(info, tchw.card().evalPreprocessing(), 0, ClipWindow.WHOLE);
            assertArrayEquals(new long[] {8, 3, 16, 16}, t.shape());
        }
    }

    @Test
    void aModelWhoseOutputDiffersFromItsCardIsRefusedWithBothSizes() throws Exception {
        Path pt = Files.copy(Fixtures.dir().resolve("tiny_cthw.pt"), dir.resolve("wrong.pt"));
        ModelCard card = ModelCards.read(Fixtures.dir().resolve("tiny_cthw.json"));
        ModelCard claims512 = new ModelCard("wrong", null, BackboneKind.TORCHSCRIPT, "wrong.pt", null, 8, TensorLayout.CTHW,
                16, new int[] {16, 24}, card.mean(), card.std(), 512, 0, "test", "test");
        BackboneException e = assertThrows(BackboneException.class, () -> TorchScriptBackbone.load(claims512, pt, false));
        assertTrue(e.getMessage().contains(pt.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("size 16") && e.getMessage().contains("says 512"), e.getMessage());
    }

    @Test
    void aFileThatIsNotTorchScriptIsRefusedClearly() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pt"), "this is not a model");
        ModelCard card = ModelCards.read(Fixtures.dir().resolve("tiny_cthw.json"));
        BackboneException e = assertThrows(BackboneException.class, () -> TorchScriptBackbone.load(card, junk, false));
        assertTrue(e.getMessage().contains(junk.toString()) && e.getMessage().contains("not a TorchScript module"),
                e.getMessage());
        BackboneException missing = assertThrows(BackboneException.class,
                () -> TorchScriptBackbone.load(card, dir.resolve("none.pt"), false));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }

    @Test
    void trainableBackboneListsItsParametersInOrderAndPassesGradientsToTheUnfrozenOnes() throws Exception {
        try (TorchScriptBackbone backbone = registry.openTrainable("tiny_cthw")) {
            assertEquals(List.of("features.conv.weight", "features.conv.bias", "features.proj.weight",
                    "features.proj.bias"), backbone.parameterNames());
            backbone.trainFrom(2);
            assertFalse(backbone.parameter(0).getArray().hasGradient());
            assertTrue(backbone.parameter(2).getArray().hasGradient());
            ClipTensor clip = Fixtures.clip(TensorLayout.CTHW, 8, 16, 7);
            try (NDManager scope = backbone.model().getNDManager().newSubManager();
                 GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDList out = backbone.forward(scope, List.of(clip), true);
                NDArray loss = out.singletonOrThrow().get(":, 11:").square().sum();
                collector.backward(loss);
                float[] grad = backbone.parameter(2).getArray().getGradient().toFloatArray();
                double norm = 0;
                for (float g : grad) {
                    norm += g * g;
                }
                assertTrue(norm > 0, "the projection's weights get a gradient");
            }
        }
    }
}
