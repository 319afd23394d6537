package dev.vigil.experiment;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.BuiltinBackbone;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.SampleLocator;
import dev.vigil.dataset.Split;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackboneEmbedderTest {

    @TempDir
    Path dir;

    @Test
    void embedsWithTheNamedBackboneRecordsItsFactsAndNamesTheClipsItCannotRead() throws IOException {
        Dataset samples = Manifest.read(SampleLocator.manifest().orElseThrow());
        List<Clip> clips = new ArrayList<>(samples.clips().stream().filter(c -> c.className().equals("walk"))
                .limit(3).toList());
        Path broken = dir.resolve("broken.mp4");
        Files.writeString(broken, "not a video");
        clips.add(new Clip(broken.toString(), 0, "walk", Split.TEST));
        Dataset dataset = new Dataset(samples.root(), clips);
        BackboneEmbedder embedder = new BackboneEmbedder(new BackboneRegistry(null),
                new EmbeddingCache(dir.resolve("cache")));
        ExperimentConfig config = ExperimentConfig.defaults().with("model.name_time_model", BackboneRegistry.DEFAULT_ID);
        List<Progress> progress = new ArrayList<>();

        ExperimentPipeline.Embedded first = embedder.embed(dataset, config, progress::add, CancellationToken.none());
        assertEquals(clips.subList(0, 3), first.clips());
        assertEquals(BuiltinBackbone.CARD.embeddingSize(), first.embeddings()[0].length);
        assertEquals(1, first.failures().size());
        assertTrue(first.failures().get(0).startsWith(broken + ": "), first.failures().get(0));
        assertEquals(4, progress.get(progress.size() - 1).done());
        assertEquals(BuiltinBackbone.CARD.embeddingSize(), first.facts().get("model.init_dim"));
        ExperimentConfig recorded = config.with(first.facts());
        assertEquals(BuiltinBackbone.CARD.frames(), recorded.settings().frames());
        assertEquals(BuiltinBackbone.CARD.inputSize(), recorded.settings().resizeTo());

        ExperimentPipeline.Embedded again = embedder.embed(dataset, config, p -> { }, CancellationToken.none());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(first.embeddings()[i], again.embeddings()[i], "the cache gives the same embedding");
        }
    }

    @Test
    void anUnknownBackboneIsAnErrorThatListsTheKnownOnes() {
        BackboneEmbedder embedder = new BackboneEmbedder(new BackboneRegistry(null), null);
        Dataset dataset = new Dataset(dir, List.of(new Clip("a.mp4", 0, "walk", Split.TRAIN)));
        IOException e = assertThrows(IOException.class, () -> embedder.embed(dataset,
                ExperimentConfig.defaults().with(Map.of("model.name_time_model", "resnet")), p -> { },
                CancellationToken.none()));
        assertTrue(e.getMessage().contains("unknown backbone 'resnet'") && e.getMessage().contains("builtin"),
                e.getMessage());
    }

    @Test
    void aSecondRunIsServedFromTheCacheAndTheCardComesWithTheEmbeddings() throws IOException {
        Dataset dataset = Manifest.read(SampleSubset.write(dir.resolve("data"), 2, 1, 0, 1, 1));
        BackboneEmbedder embedder = new BackboneEmbedder(new BackboneRegistry(null),
                new EmbeddingCache(dir.resolve("cache")), 2);
        ExperimentPipeline.Embedded fresh = embedder.embed(dataset, ExperimentConfig.defaults(), p -> { },
                CancellationToken.none());
        assertEquals(BuiltinBackbone.CARD, fresh.card(), "kept in the run folder for bundles");
        List<Progress> second = new ArrayList<>();
        embedder.embed(dataset, ExperimentConfig.defaults(), second::add, CancellationToken.none());
        assertEquals(dataset.clips().size(), second.size());
        assertTrue(second.stream().allMatch(p -> p.message().endsWith("(cached)")), "served from the cache");
    }

    @Test
    void anEmbeddingSizeOfAnotherBackboneIsRefusedByItsKey() throws IOException {
        Dataset dataset = Manifest.read(SampleSubset.write(dir.resolve("data"), 1, 1, 0, 0, 0));
        BackboneEmbedder embedder = new BackboneEmbedder(new BackboneRegistry(null), null, 1);
        ConfigException size = assertThrows(ConfigException.class, () -> embedder.embed(dataset,
                ExperimentConfig.defaults().with("model.init_dim", 512), p -> { }, CancellationToken.none()));
        assertTrue(size.getMessage().contains("model.init_dim: 512, but backbone 'builtin' gives 360-value"),
                size.getMessage());
    }
}
