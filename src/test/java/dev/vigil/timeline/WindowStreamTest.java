package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.BuiltinBackbone;
import dev.vigil.detector.Detector;
import dev.vigil.detector.KnnDetector;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.FrameSourceOpener;
import dev.vigil.video.TestVideos;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One decoding pass feeds every window: the result equals window-by-window preparation from the file, and the
 * frames held stay bounded by the window length however long the video.
 */
class WindowStreamTest {

    @TempDir
    static Path dir;
    private static Path fall;
    private static Path walk;

    @BeforeAll
    static void videos() throws Exception {
        fall = LongVideos.testFolder(dir).resolve(LongVideos.FALL_VIDEO);
        walk = LongVideos.trainFolder(dir).resolve("walk_a.mp4");
    }

    /** The non-streamed computation: each window decoded from the file by the backbone itself, embedded alone. */
    private static float[][] windowByWindow(Backbone backbone, VideoInfo info, List<FrameWindow> windows)
            throws Exception {
        float[][] out = new float[windows.size()][];
        for (FrameWindow w : windows) {
            ClipTensor input = backbone.prepare(info, backbone.card().evalPreprocessing(), 0,
                    w.clipWindow(info.frameRate()));
            out[w.index()] = backbone.embed(List.of(input))[0];
        }
        return out;
    }

    private static float[][] streamed(Backbone backbone, VideoInfo info, List<FrameWindow> windows, int workers,
                                      int batch) throws Exception {
        float[][] out = new float[windows.size()][];
        new WindowStream(backbone, workers, batch, 1, CancellationToken.none())
                .run(info, windows, (w, e) -> out[w.index()] = e, n -> { });
        return out;
    }

    @Test
    void streamedFrameScoresEqualThoseOfTheWindowByWindowComputation() throws Exception {
        try (Backbone backbone = new BuiltinBackbone()) {
            VideoInfo info = VideoProbe.probe(fall);
            TimelineSettings settings = TimelineSettings.builder().optSmoothing(new Smoothing(Smoothing.Kernel.BOX, 9))
                    .optWorkers(2).optBatchSize(8).build();
            List<FrameWindow> windows = settings.windows().plan(info.frameCount());
            float[][] alone = windowByWindow(backbone, info, windows);
            float[][] streamed = streamed(backbone, info, windows, 2, 8);
            for (FrameWindow w : windows) {
                assertArrayEquals(alone[w.index()], streamed[w.index()], "window " + w);
            }

            VideoInfo walkInfo = VideoProbe.probe(walk);
            try (Detector knn = new KnnDetector(5)) {
                knn.fit(windowByWindow(backbone, walkInfo, settings.windows().plan(walkInfo.frameCount())), null);
                double[] expected = settings.smoothing().apply(FrameScores.fromWindows(knn.score(alone), windows,
                        (int) info.frameCount(), settings.aggregation()));
                WindowEmbedder embedder = new WindowEmbedder(backbone, null, 2, 8, CancellationToken.none());
                VideoTimeline timeline = new TimelineScorer(embedder, knn, 0, settings)
                        .score(new VideoEntry("fall.mp4", fall), n -> { }).timeline();
                assertArrayEquals(expected, timeline.frameScores(), 0);
            }
        }
    }

    @Test
    void aPassFromASeekPointGivesTheWindowsAfterItAsTheWholePassDoes() throws Exception {
        try (Backbone backbone = new BuiltinBackbone()) {
            VideoInfo info = VideoProbe.probe(fall);
            List<FrameWindow> windows = new WindowSpec(16, 4).plan(info.frameCount());
            float[][] whole = streamed(backbone, info, windows, 1, 4);
            List<FrameWindow> later = windows.subList(windows.size() / 2, windows.size());
            long start = later.get(0).first();
            float[][] part = new float[windows.size()][];
            StreamStats stats = new WindowStream(backbone, 1, 4, 1, CancellationToken.none()).run(info,
                    FrameSourceOpener.fileFrom(fall, 1, start), later, (w, e) -> part[w.index()] = e, n -> { });
            for (FrameWindow w : later) {
                assertArrayEquals(whole[w.index()], part[w.index()], "window " + w + " from frame " + start);
            }
            assertEquals(info.frameCount() - start, stats.framesDecoded(), "only the frames from the seek point on");
            // a window before the seek point cannot be made from it
            assertThrows(IllegalArgumentException.class, () -> new WindowStream(backbone, 1, 4, 1,
                    CancellationToken.none()).run(info, FrameSourceOpener.fileFrom(fall, 1, start), windows,
                    (w, e) -> { }, n -> { }));
        }
    }

    @Test
    void aTorchScriptBackboneGetsTheSameInputStreamedAsFromTheFile() throws Exception {
        Path models = Path.of(getClass().getResource("/dev/vigil/backbone/fixtures/tiny_cthw.json").toURI()).getParent();
        try (Backbone backbone = new BackboneRegistry(models).open("tiny_cthw")) {
            VideoInfo info = VideoProbe.probe(fall);
            List<FrameWindow> windows = new WindowSpec(24, 10).plan(info.frameCount());
            float[][] alone = windowByWindow(backbone, info, windows);
            // one window per forward pass, so that batching cannot change the sums: only the frames fed can differ
            float[][] streamed = streamed(backbone, info, windows, 2, 1);
            for (FrameWindow w : windows) {
                assertArrayEquals(alone[w.index()], streamed[w.index()], "window " + w);
            }
        }
    }

    @Test
    void framesHeldStayBoundedByTheWindowHoweverLongTheVideo() throws Exception {
        TestVideos.Painter square = (t, rgb, width, height) -> TestVideos.fill(rgb, width, height, t % width, 10, 8, 8,
                250, 250, 250);
        Path shortVideo = TestVideos.write(dir.resolve("short.mp4"), 64, 48, 150, 25, false, square);
        Path longVideo = TestVideos.write(dir.resolve("long.mp4"), 64, 48, 1500, 25, false, square);
        try (Backbone backbone = new BuiltinBackbone()) {
            for (WindowSpec spec : List.of(new WindowSpec(32, 8), new WindowSpec(64, 4))) {
                StreamStats few = stream(backbone, shortVideo, spec);
                StreamStats many = stream(backbone, longVideo, spec);
                assertEquals(1500, many.framesDecoded());
                assertEquals(spec.plan(1500).size(), many.windowsEmbedded());
                // ten times the video, the same bound: only frames of windows still open are kept
                assertTrue(few.peakFramesHeld() <= spec.length() && many.peakFramesHeld() <= spec.length(),
                        spec + ": held " + few.peakFramesHeld() + " of 150 frames, " + many.peakFramesHeld()
                                + " of 1500");
                assertTrue(many.framesConverted() < many.framesDecoded(), "frames no window looks at are not converted");
            }
            // one window of 100 frames: its 8 pairs are 16 frames converted, and nothing after it is decoded
            VideoInfo info = VideoProbe.probe(longVideo);
            StreamStats one = new WindowStream(backbone, 1, 1, 1, CancellationToken.none())
                    .run(info, List.of(new FrameWindow(0, 200, 299)), (w, e) -> { }, n -> { });
            assertEquals(16, one.framesConverted());
            assertEquals(300, one.framesDecoded());
        }
    }

    private static StreamStats stream(Backbone backbone, Path file, WindowSpec spec) throws Exception {
        VideoInfo info = VideoProbe.probe(file);
        return new WindowStream(backbone, 2, 16, 1, CancellationToken.none())
                .run(info, spec.plan(info.frameCount()), (w, e) -> { }, n -> { });
    }

    @Test
    void aFileThatEndsBeforeItsDeclaredLengthIsScoredAsFarAsItGoes() throws Exception {
        TestVideos.Painter square = (t, rgb, width, height) -> TestVideos.fill(rgb, width, height, t % width, 10, 8, 8,
                250, 250, 250);
        Path whole = TestVideos.write(dir.resolve("whole.mkv"), 64, 48, 400, 25, false, square);
        Path half = TestVideos.truncatedCopy(whole, dir.resolve("half.mkv"), 0.5);
        VideoInfo info = VideoProbe.probe(half);
        try (Backbone backbone = new BuiltinBackbone(); Detector knn = new KnnDetector(1)) {
            List<FrameWindow> windows = WindowSpec.DEFAULT.plan(info.frameCount());
            float[][] out = new float[windows.size()][];
            StreamStats stats = new WindowStream(backbone, 2, 8, 1, CancellationToken.none())
                    .run(info, windows, (w, e) -> out[w.index()] = e, n -> { });
            assertTrue(stats.endOfStream() && stats.framesDecoded() < info.frameCount(), stats.toString());
            assertTrue(stats.windowsDropped() > 0 && stats.windowsEmbedded() > 0, stats.toString());
            assertEquals(windows.size(), stats.windowsDropped() + stats.windowsEmbedded());

            knn.fit(new float[][] {out[0]}, null);
            WindowEmbedder embedder = new WindowEmbedder(backbone, null, 1, 8, CancellationToken.none());
            TimelineScorer.Scored scored = new TimelineScorer(embedder, knn, 1, TimelineSettings.builder().build())
                    .score(new VideoEntry("half.mkv", half), n -> { });
            assertEquals(stats.framesDecoded(), scored.timeline().frames());
            for (double score : scored.timeline().frameScores()) {
                assertTrue(Double.isFinite(score));
            }
        }
    }

    @Test
    void progressCountsEveryFrameAndCancelStopsThePass() throws Exception {
        try (Backbone backbone = new BuiltinBackbone()) {
            VideoInfo info = VideoProbe.probe(fall);
            List<FrameWindow> windows = WindowSpec.DEFAULT.plan(info.frameCount());
            AtomicLong frames = new AtomicLong();
            new WindowStream(backbone, 2, 4, 1, CancellationToken.none()).run(info, windows, (w, e) -> { },
                    frames::addAndGet);
            assertEquals(info.frameCount(), frames.get());

            CancellationToken token = new CancellationToken();
            AtomicLong received = new AtomicLong();
            assertThrows(CancelledException.class, () -> new WindowStream(backbone, 2, 4, 1, token)
                    .run(info, windows, (w, e) -> {
                        received.incrementAndGet();
                        token.cancel();
                    }, n -> { }));
            assertTrue(received.get() < windows.size(), "went on after cancel: " + received.get() + " windows");
        }
    }
}
