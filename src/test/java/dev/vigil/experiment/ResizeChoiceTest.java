package dev.vigil.experiment;

import dev.vigil.backbone.BackboneKind;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.backbone.ModelCard;
import dev.vigil.backbone.ModelCards;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.experiment.bundle.RunBundles;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.progress.CancellationToken;
import dev.vigil.video.ResizeMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code data.resize} chooses how a TorchScript backbone's frames are shrunk: the choice reaches the extraction
 * (real FFmpeg decoding and DJL), is recorded in the run's config and card, keys the cache, and a card recorded
 * before the choice existed reads as what made it.
 */
class ResizeChoiceTest {

    @TempDir
    static Path dir;
    static BackboneRegistry registry;
    static Dataset dataset;

    @BeforeAll
    static void data() throws IOException {
        registry = TinyBackbones.registry();
        dataset = Manifest.read(SampleSubset.write(dir.resolve("data"), 1, 2, 0, 0, 0));
    }

    private static ExperimentPipeline.Embedded embed(ExperimentConfig config, EmbeddingCache cache)
            throws IOException {
        return new BackboneEmbedder(registry, cache, 1).embed(dataset, config, p -> { }, CancellationToken.none());
    }

    private static ExperimentConfig tiny(String resize) {
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of("model.name_time_model", "tiny_cthw",
                "model.device", "cpu"));
        return resize == null ? config : config.with("data.resize", resize);
    }

    @Test
    void aWrongMethodIsRefusedNamingTheKeyAndTheChoices() {
        assertTrue(ExperimentConfig.defaults().settings().resize().isEmpty());
        ConfigException wrong = assertThrows(ConfigException.class,
                () -> ExperimentConfig.defaults().with("data.resize", "bicubic"));
        assertTrue(wrong.getMessage().contains("data.resize") && wrong.getMessage().contains("reference")
                && wrong.getMessage().contains("antialias"), wrong.getMessage());
    }

    @Test
    void theCardsMethodIsRecordedAndTheConfigsOverridesIt() throws Exception {
        ExperimentPipeline.Embedded byCard = embed(tiny(null), null);
        assertEquals("reference", byCard.facts().get("data.resize"));
        assertEquals(ResizeMethod.REFERENCE, byCard.card().resize());
        ExperimentPipeline.Embedded antialias = embed(tiny("antialias"), null);
        assertEquals("antialias", antialias.facts().get("data.resize"));
        assertEquals(ResizeMethod.ANTIALIAS, antialias.card().resize());
        // the recorded config (what config.json holds) accepts the fact back
        assertEquals(ResizeMethod.ANTIALIAS, tiny(null).with(antialias.facts()).settings().resize().orElseThrow());
        assertFalse(java.util.Arrays.equals(byCard.embeddings()[0], antialias.embeddings()[0]),
                "the two methods must give different inputs, hence embeddings");
    }

    @Test
    void theCacheKeepsTheTwoMethodsApart() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        ExperimentPipeline.Embedded reference = embed(tiny("reference"), cache);
        long entries = countEntries(cache.dir());
        ExperimentPipeline.Embedded antialias = embed(tiny("antialias"), cache);
        assertEquals(2 * entries, countEntries(cache.dir()), "the second method must add its own entries");
        assertFalse(java.util.Arrays.equals(reference.embeddings()[0], antialias.embeddings()[0]));
        // and each reads back its own
        assertTrue(java.util.Arrays.equals(reference.embeddings()[0],
                embed(tiny("reference"), cache).embeddings()[0]));
    }

    @Test
    void theBuiltInBackboneRefusesTheReferenceResize() {
        ConfigException refused = assertThrows(ConfigException.class, () -> embed(ExperimentConfig.defaults()
                .with("data.resize", "reference"), null));
        assertTrue(refused.getMessage().contains("data.resize: reference") && refused.getMessage()
                .contains("builtin"), refused.getMessage());
    }

    @Test
    void aCardRecordedBeforeTheChoiceReadsAsAntialiasAndBundlesNameTheirs() throws Exception {
        String legacy = ModelCards.toJson(registry.entry("tiny_cthw").card()).replaceAll("\"resize\" : \"[a-z]+\",", "");
        assertFalse(legacy.contains("resize"));
        ModelCard recorded = ModelCards.fromRecordedJson(legacy, "old backbone.json");
        assertEquals(BackboneKind.TORCHSCRIPT, recorded.kind());
        assertEquals(ResizeMethod.ANTIALIAS, recorded.resize());
        assertEquals(ResizeMethod.REFERENCE, ModelCards.fromJson(legacy, "new card").resize());
        assertEquals("antialias", RunBundles.preprocessingJson(recorded).get("resize_method").asText());
    }

    private static long countEntries(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.walk(cacheDir)) {
            return files.filter(f -> f.toString().endsWith(".emb")).count();
        }
    }
}
