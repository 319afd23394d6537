package dev.vigil.experiment;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackboneEmbedderTest {

    @TempDir
    Path dir;

    @Test
    void embedsThroughTheCacheAndRecordsTheBackbonesFacts() throws IOException {
        Path manifest = SampleSubset.write(dir.resolve("data"), 2, 1, 0, 1, 1);
        Dataset dataset = Manifest.read(manifest);
        BackboneEmbedder embedder = new BackboneEmbedder(new BackboneRegistry(null),
                new EmbeddingCache(dir.resolve("cache")), 2);
        ExperimentConfig config = ExperimentConfig.defaults();

        List<Progress> first = new ArrayList<>();
        ExperimentPipeline.Embedded fresh = embedder.embed(dataset, config, first::add, CancellationToken.none());
        assertEquals(dataset.clips(), fresh.clips());
        assertEquals(360, fresh.embeddings()[0].length);
        assertEquals(360, fresh.facts().get("model.init_dim"));
        assertEquals(128, fresh.facts().get("data.resize_to"));
        assertEquals("builtin", fresh.card().id());
        assertEquals(dataset.clips().size(), first.get(first.size() - 1).done());

        List<Progress> second = new ArrayList<>();
        ExperimentPipeline.Embedded cached = embedder.embed(dataset, config, second::add, CancellationToken.none());
        assertTrue(second.stream().allMatch(p -> p.message().endsWith("(cached)")), "served from the cache");
        for (int i = 0; i < fresh.embeddings().length; i++) {
            assertArrayEquals(fresh.embeddings()[i], cached.embeddings()[i]);
        }
        ExperimentConfig recorded = config.with(fresh.facts());
        assertEquals(360, recorded.settings().embeddingSize().getAsInt());
        assertEquals(8, recorded.settings().frames());
    }

    @Test
    void aClipThatFailsIsNamedWithItsReasonAndTheOthersAreEmbedded() throws IOException {
        Path manifest = SampleSubset.write(dir.resolve("data"), 1, 1, 0, 1, 0);
        Dataset good = Manifest.read(manifest);
        Path broken = Files.writeString(dir.resolve("broken.mp4"), "not a video");
        List<Clip> clips = new ArrayList<>(good.clips());
        clips.add(new Clip(broken.toString(), 1, "fall", Split.ANOMALY));
        Dataset dataset = new Dataset(good.root(), clips);
        ExperimentPipeline.Embedded embedded = new BackboneEmbedder(new BackboneRegistry(null), null, 1)
                .embed(dataset, ExperimentConfig.defaults(), p -> { }, CancellationToken.none());
        assertEquals(good.clips(), embedded.clips());
        assertEquals(1, embedded.failures().size());
        assertTrue(embedded.failures().get(0).startsWith(broken + ": not a readable video"),
                embedded.failures().get(0));
    }

    @Test
    void anEmbeddingSizeOfAnotherBackboneOrAnUnknownBackboneIsRefusedByKey() throws IOException {
        Dataset dataset = Manifest.read(SampleSubset.write(dir.resolve("data"), 1, 1, 0, 0, 0));
        BackboneEmbedder embedder = new BackboneEmbedder(new BackboneRegistry(null), null, 1);
        ConfigException size = assertThrows(ConfigException.class, () -> embedder.embed(dataset,
                ExperimentConfig.defaults().with("model.init_dim", 512), p -> { }, CancellationToken.none()));
        assertTrue(size.getMessage().contains("model.init_dim: 512, but backbone 'builtin' gives 360-value"),
                size.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> embedder.embed(dataset,
                ExperimentConfig.defaults().with("model.name_time_model", "r2plus1d_18"), p -> { },
                CancellationToken.none()));
        assertTrue(unknown.getMessage().contains("model.name_time_model: 'r2plus1d_18' is not a known backbone"),
                unknown.getMessage());
    }
}
