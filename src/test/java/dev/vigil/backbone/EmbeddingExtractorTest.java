package dev.vigil.backbone;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Split;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.Progress;
import dev.vigil.video.TestVideos;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingExtractorTest {

    @TempDir
    static Path data;
    private static Dataset dataset;
    private static Backbone tiny;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeDataset() throws Exception {
        TestVideos.write(data.resolve("a.mp4"), 64, 48, 30, 10, false, TestVideos.frameIndexCode(5));
        TestVideos.write(data.resolve("b.mp4"), 96, 48, 40, 25, false, TestVideos.frameIndexCode(6));
        TestVideos.write(data.resolve("c.avi"), 64, 64, 20, 10, false, TestVideos.frameIndexCode(5));
        Files.writeString(data.resolve("broken.mp4"), "not a video");
        dataset = new Dataset(data, List.of(
                new Clip("a.mp4", 0, "walk", Split.TRAIN),
                new Clip("broken.mp4", 0, "walk", Split.TRAIN),
                new Clip("a.mp4", 0, "walk", Split.TRAIN, 1),
                new Clip("b.mp4", 0, "run", Split.TEST),
                new Clip("missing.mp4", 1, "fall", Split.ANOMALY),
                new Clip("c.avi", 1, "fall", Split.ANOMALY),
                new Clip("a.mp4", 0, "walk", Split.TRAIN, 2)));
        tiny = new BackboneRegistry(Fixtures.dir()).open("tiny_cthw");
    }

    @AfterAll
    static void close() {
        tiny.close();
    }

    private static EmbeddingExtractor.Builder extractor(Backbone backbone) {
        return EmbeddingExtractor.builder().setBackbone(backbone).optThreads(2).optBatchSize(2);
    }

    @Test
    void embedsGoodClipsInOrderAndReportsBadOnesWithTheirReason() throws Exception {
        List<Progress> progress = new CopyOnWriteArrayList<>();
        EmbeddingSet set = extractor(tiny).optProgressListener(progress::add).build().extract(dataset);
        assertEquals(List.of("a.mp4", "a.mp4#view1", "b.mp4", "c.avi", "a.mp4#view2"),
                set.clips().stream().map(Clip::key).toList());
        assertEquals(2, set.failures().size());
        assertTrue(set.failures().get(0).reason().contains("not a readable video"), set.failures().get(0).reason());
        assertEquals("file not found", set.failures().get(1).reason());
        assertEquals(7, progress.get(progress.size() - 1).done());

        // the pipeline gives what the backbone gives for the clip alone
        VideoInfo info = VideoProbe.probe(data.resolve("b.mp4"));
        float[] direct = tiny.embed(List.of(tiny.prepare(info, tiny.card().evalPreprocessing(), 0,
                ClipWindow.reference(info))))[0];
        assertArrayEquals(direct, set.embeddings().get(2), 1e-5f);
    }

    @Test
    void augmentedViewsDifferFromEachOtherAndRepeatWithTheSameSeed() throws Exception {
        EmbeddingSet first = extractor(tiny).optAugmentationSeed(5).build().extract(dataset);
        EmbeddingSet again = extractor(tiny).optAugmentationSeed(5).optThreads(1).optBatchSize(3).build().extract(dataset);
        EmbeddingSet other = extractor(tiny).optAugmentationSeed(6).build().extract(dataset);
        float[] view0 = first.embeddings().get(0);
        float[] view1 = first.embeddings().get(1);
        float[] view2 = first.embeddings().get(4);
        assertFalse(Arrays.equals(view0, view1));
        assertFalse(Arrays.equals(view1, view2));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.embeddings().get(i), again.embeddings().get(i), 1e-5f);
        }
        assertArrayEquals(view0, other.embeddings().get(0), 1e-5f);
        assertFalse(Arrays.equals(view1, other.embeddings().get(1)));
    }

    @Test
    void secondExtractionReadsTheCacheAndAChangedFileOrSeedIsRecomputed() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        Path copy = Files.createDirectories(dir.resolve("data"));
        for (String name : List.of("a.mp4", "b.mp4", "c.avi", "broken.mp4")) {
            Files.copy(data.resolve(name), copy.resolve(name));
        }
        Dataset local = new Dataset(copy, dataset.clips());
        CountingBackbone counting = new CountingBackbone(tiny);
        EmbeddingSet first = extractor(counting).optCache(cache).build().extract(local);
        assertEquals(5, counting.prepared.get(), "the 5 decodable clips reach the backbone");

        counting.prepared.set(0);
        EmbeddingSet second = extractor(counting).optCache(cache).build().extract(local);
        assertEquals(0, counting.prepared.get(), "all from the cache");
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.embeddings().get(i), second.embeddings().get(i));
        }

        // a re-encoded file with another content and time: its three views are recomputed, the others are not
        TestVideos.write(copy.resolve("a.mp4"), 64, 48, 30, 10, false, (t, rgb, w, h) ->
                TestVideos.fill(rgb, w, h, 0, 0, w, h, 200, 30, 30));
        Files.setLastModifiedTime(copy.resolve("a.mp4"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        counting.prepared.set(0);
        EmbeddingSet third = extractor(counting).optCache(cache).build().extract(local);
        assertEquals(3, counting.prepared.get());
        assertFalse(Arrays.equals(first.embeddings().get(0), third.embeddings().get(0)));

        counting.prepared.set(0);
        extractor(counting).optCache(cache).optAugmentationSeed(99).build().extract(local);
        assertEquals(2, counting.prepared.get(), "the two augmented views under a new seed");
    }

    @Test
    void corruptCacheEntriesAreRecomputedNotFatal() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        EmbeddingSet first = extractor(tiny).optCache(cache).build().extract(dataset);
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache.dir())) {
            entries = files.filter(p -> p.toString().endsWith(".emb")).toList();
        }
        assertEquals(5, entries.size());
        Files.write(entries.get(0), new byte[] {1, 2, 3});
        byte[] flipped = Files.readAllBytes(entries.get(1));
        flipped[20] ^= 0x40;
        Files.write(entries.get(1), flipped);
        CountingBackbone counting = new CountingBackbone(tiny);
        EmbeddingSet second = extractor(counting).optCache(cache).build().extract(dataset);
        assertEquals(2, counting.prepared.get(), "the two corrupt entries");
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.embeddings().get(i), second.embeddings().get(i), 1e-6f);
        }
    }

    @Test
    void cancellingStopsTheExtraction() {
        CancellationToken token = new CancellationToken();
        List<Progress> seen = new ArrayList<>();
        EmbeddingExtractor extractor = extractor(tiny).optCancellationToken(token).optBatchSize(1)
                .optProgressListener(p -> {
                    seen.add(p);
                    token.cancel();
                }).build();
        assertThrows(CancelledException.class, () -> extractor.extract(dataset));
        assertTrue(seen.size() < dataset.clips().size(), "stopped early, after " + seen.size());
    }

    @Test
    void savedSetLoadsBackTheSame() throws Exception {
        EmbeddingSet set = extractor(tiny).build().extract(dataset);
        set.save(dir.resolve("out"));
        EmbeddingSet loaded = EmbeddingSet.load(dir.resolve("out"));
        assertEquals(set.card(), loaded.card());
        assertEquals(set.clips(), loaded.clips());
        for (int i = 0; i < set.size(); i++) {
            assertArrayEquals(set.embeddings().get(i), loaded.embeddings().get(i));
        }
        assertEquals(set.failures(), loaded.failures());
        assertEquals(List.of("path,label,class,split,view,row", "a.mp4,0,walk,train,0,0"),
                Files.readAllLines(dir.resolve("out").resolve(EmbeddingSet.INDEX)).subList(0, 2));
    }
}
