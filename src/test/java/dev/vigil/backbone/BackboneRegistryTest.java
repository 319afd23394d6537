package dev.vigil.backbone;

import dev.vigil.video.Preprocessing;
import dev.vigil.video.ResizeMode;
import dev.vigil.video.TensorLayout;
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

class BackboneRegistryTest {

    private static final Path MODELS = Path.of("models");

    @TempDir
    Path dir;

    @Test
    void theShippedCardsCarryTheReferencePreprocessing() throws Exception {
        ModelCard r21d = ModelCards.read(MODELS.resolve("r2plus1d_18.json"));
        Preprocessing eval = r21d.evalPreprocessing();
        assertEquals(8, eval.frames());
        assertEquals(ResizeMode.SQUARE, eval.mode());
        assertEquals(112, eval.cropSize());
        assertArrayEquals(new float[] {0.43216f, 0.394666f, 0.37645f}, eval.mean());
        Preprocessing train = r21d.trainPreprocessing();
        assertEquals(ResizeMode.RANDOM_SHORT_SIDE_CROP, train.mode());
        assertEquals(128, train.shortSideMin());
        assertEquals(171, train.shortSideMax());
        assertEquals(512, r21d.embeddingSize());

        ModelCard slowFast = ModelCards.read(MODELS.resolve("slowfast_r50.json"));
        assertEquals(32, slowFast.frames());
        assertEquals(4, slowFast.slowFastAlpha());
        assertEquals(256, slowFast.evalPreprocessing().cropSize());
        assertEquals(2304, slowFast.embeddingSize());

        ModelCard timeSformer = ModelCards.read(MODELS.resolve("timesformer_base.json"));
        assertEquals(TensorLayout.TCHW, timeSformer.layout());
        assertEquals(224, timeSformer.inputSize());
        assertEquals(320, timeSformer.trainShortSide()[1]);
        assertEquals(768, timeSformer.embeddingSize());
        assertTrue(timeSformer.licence().contains("non-commercial"));
    }

    @Test
    void listsTheBuiltInFirstAndSaysHowToGetAMissingModel() throws Exception {
        Files.copy(MODELS.resolve("r2plus1d_18.json"), dir.resolve("r2plus1d_18.json"));
        Files.copy(Fixtures.dir().resolve("tiny_cthw.json"), dir.resolve("tiny_cthw.json"));
        Files.copy(Fixtures.dir().resolve("tiny_cthw.pt"), dir.resolve("tiny_cthw.pt"));
        Files.writeString(dir.resolve("broken.json"), "{\"id\": \"broken\", \"frames\": -1}");
        BackboneRegistry registry = new BackboneRegistry(dir);
        List<String> ids = registry.entries().stream().map(e -> e.card().id()).toList();
        assertEquals(List.of("builtin", "scene", "r2plus1d_18", "tiny_cthw"), ids);
        assertTrue(registry.entries().get(0).available());
        BackboneRegistry.Entry missing = registry.entry("r2plus1d_18");
        assertFalse(missing.available());
        assertTrue(missing.howToGet().contains("export_backbones.py r2plus1d_18"), missing.howToGet());
        assertTrue(registry.entry("tiny_cthw").available());
        assertEquals(1, registry.problems().size());
        assertTrue(registry.problems().get(0).contains("broken.json"), registry.problems().get(0));

        BackboneException e = assertThrows(BackboneException.class, () -> registry.open("r2plus1d_18"));
        assertTrue(e.getMessage().contains("not found") && e.getMessage().contains("export_backbones.py"),
                e.getMessage());
        try (Backbone builtin = registry.open("builtin")) {
            assertEquals(SpaceTimeDescriptor.SIZE, builtin.card().embeddingSize());
        }
    }

    @Test
    void parameterNamesAreWhatTheFineTuningIndexCountsInto() throws Exception {
        BackboneRegistry registry = new BackboneRegistry(Fixtures.dir());
        List<String> names = registry.parameterNames("tiny_cthw");
        try (TorchScriptBackbone backbone = registry.openTrainable("tiny_cthw")) {
            assertEquals(backbone.parameterNames(), names);
        }
        assertEquals(4, names.size(), names.toString());
        assertEquals(List.of(), registry.parameterNames(BackboneRegistry.DEFAULT_ID), "the built-in has none");
    }

    @Test
    void withoutAModelsFolderOnlyTheBuiltInDescriptorsAreListed() throws Exception {
        BackboneRegistry registry = new BackboneRegistry(dir.resolve("absent"));
        assertEquals(List.of(BackboneRegistry.DEFAULT_ID, BackboneRegistry.SCENE_ID),
                registry.entries().stream().map(e -> e.card().id()).toList());
        try (Backbone scene = registry.open(BackboneRegistry.SCENE_ID)) {
            assertEquals(SceneDescriptor.SIZE, scene.card().embeddingSize());
            assertTrue(scene.cells().isPresent());
            assertTrue(scene.card().keepsAspect());
        }
    }
}
