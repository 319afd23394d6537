package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BuiltinBackbone;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.progress.CancellationToken;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Window embeddings are cached per file and frame range, and recomputed when the file changes. */
class WindowEmbedderTest {

    @TempDir
    static Path dir;
    private static Path video;

    @BeforeAll
    static void video() throws Exception {
        video = LongVideos.trainFolder(dir).resolve("walk_a.mp4");
    }

    private static float[][] embed(WindowEmbedder embedder, List<FrameWindow> windows, StreamStats[] stats)
            throws Exception {
        VideoInfo info = VideoProbe.probe(video);
        float[][] out = new float[windows.size()][];
        stats[0] = embedder.embed(info, windows, (w, e) -> out[w.index()] = e, n -> { });
        return out;
    }

    @Test
    void aSecondPassReadsEveryWindowFromTheCacheWithoutDecoding() throws Exception {
        try (Backbone backbone = new BuiltinBackbone()) {
            WindowEmbedder embedder = new WindowEmbedder(backbone, new EmbeddingCache(dir.resolve("cache-a")), 2, 8,
                    CancellationToken.none());
            List<FrameWindow> windows = WindowSpec.DEFAULT.plan(300);
            StreamStats[] stats = new StreamStats[1];
            float[][] first = embed(embedder, windows, stats);
            assertEquals(windows.size(), stats[0].windowsEmbedded());
            assertEquals(0, stats[0].windowsCached());

            float[][] second = embed(embedder, windows, stats);
            assertEquals(windows.size(), stats[0].windowsCached());
            assertEquals(0, stats[0].framesDecoded(), "nothing decoded when every window is cached");
            for (int i = 0; i < windows.size(); i++) {
                assertArrayEquals(first[i], second[i]);
            }

            // other window settings: the frame ranges both plans share come from the cache, the others are computed
            List<FrameWindow> coarser = new WindowSpec(32, 12).plan(300);
            embed(embedder, coarser, stats);
            assertTrue(stats[0].windowsCached() > 0 && stats[0].windowsEmbedded() > 0, stats[0].toString());
            assertEquals(coarser.size(), stats[0].windowsCached() + stats[0].windowsEmbedded());
        }
    }

    @Test
    void aChangedFileIsRecomputed() throws Exception {
        Path copy = Files.copy(video, dir.resolve("copy.mp4"));
        try (Backbone backbone = new BuiltinBackbone()) {
            WindowEmbedder embedder = new WindowEmbedder(backbone, new EmbeddingCache(dir.resolve("cache-b")), 1, 8,
                    CancellationToken.none());
            List<FrameWindow> windows = WindowSpec.DEFAULT.plan(300);
            VideoInfo info = VideoProbe.probe(copy);
            StreamStats before = embedder.embed(info, windows, (w, e) -> { }, n -> { });
            assertEquals(windows.size(), before.windowsEmbedded());
            Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 10_000));
            StreamStats after = embedder.embed(info, windows, (w, e) -> { }, n -> { });
            assertEquals(0, after.windowsCached(), "a file modified since must not be served from the cache");
            assertEquals(windows.size(), after.windowsEmbedded());
        }
    }
}
