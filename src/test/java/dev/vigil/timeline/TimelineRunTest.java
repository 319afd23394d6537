package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BuiltinBackbone;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.detector.DetectorKind;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.timeline.folder.TimelineFiles;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineFolderSummary;
import dev.vigil.timeline.folder.TimelineResult;
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

/**
 * Train on normal walking, score a recording in which the person falls at known frames: the fall is flagged where
 * it happens, the measures say so, a broken file is skipped, and the output folder reads back as written.
 */
class TimelineRunTest {

    /**
     * How far a flagged segment's ends may lie from the event's. With max aggregation a frame takes the score of the
     * highest window covering it, so a window of W frames that holds enough of the event marks all its W frames, up to
     * W − 1 of them outside the event, and window starts fall on a grid of S frames: an end may move by up to W + S.
     */
    private static final WindowSpec WINDOWS = WindowSpec.DEFAULT;
    private static final int TOLERANCE = WINDOWS.length() + WINDOWS.stride();

    @TempDir
    static Path dir;
    private static Path train;
    private static Path test;
    private static Backbone backbone;
    private static TimelineReport report;

    @BeforeAll
    static void run() throws Exception {
        train = LongVideos.trainFolder(dir);
        test = LongVideos.testFolder(dir);
        Files.writeString(test.resolve("broken.mp4"), "not a video");
        backbone = new BuiltinBackbone();
        report = newRun(CancellationToken.none()).run(VideoFolder.list(train).videos(), VideoFolder.list(test).videos(),
                GroundTruth.read(LongVideos.groundTruth(dir)), dir.resolve("out"), true);
    }

    @AfterAll
    static void close() {
        backbone.close();
    }

    private static TimelineRun newRun(CancellationToken token) {
        return TimelineRun.builder().setBackbone(backbone).setOutput(TimelineFolder::write).setSettings(TimelineSettings.builder().optWindows(WINDOWS)
                .build()).optCache(new EmbeddingCache(dir.resolve("cache"))).optCancellationToken(token).build();
    }

    private static VideoTimeline video(String name) {
        return report.videos().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFallIsFlaggedWhereItHappens() {
        VideoTimeline fall = video(LongVideos.FALL_VIDEO);
        assertEquals(400, fall.frames());
        List<FlaggedSegment> hits = fall.segments().stream().filter(s -> s.overlaps(LongVideos.FALL)).toList();
        assertEquals(1, hits.size(), "segments: " + fall.segments());
        FlaggedSegment segment = hits.get(0);
        assertTrue(Math.abs(segment.first() - LongVideos.FALL.first()) <= TOLERANCE
                && Math.abs(segment.last() - LongVideos.FALL.last()) <= TOLERANCE,
                segment + " against the fall at " + LongVideos.FALL);
        assertTrue(LongVideos.FALL.first() <= segment.peakFrame() && segment.peakFrame() <= LongVideos.FALL.last(),
                "the highest score lies outside the fall: " + segment);
    }

    @Test
    void theMeasuresSeeTheFallAndLeaveTheAllNormalVideoUndefined() {
        TimelineMetrics m = report.metrics().orElseThrow();
        assertEquals(600, m.frames());
        assertEquals(100, m.anomalousFrames());
        assertTrue(m.frameAuroc() > 0.9, "frame-level AUROC " + m.frameAuroc());
        VideoAuroc fall = m.perVideo().stream().filter(v -> v.video().equals(LongVideos.FALL_VIDEO)).findFirst()
                .orElseThrow();
        VideoAuroc normal = m.perVideo().stream().filter(v -> v.video().equals(LongVideos.NORMAL_VIDEO)).findFirst()
                .orElseThrow();
        assertTrue(fall.auroc() > 0.9, fall.toString());
        assertFalse(normal.defined());
        assertEquals(fall.auroc(), m.meanVideoAuroc(), 0);
        assertEquals(1, m.events().events());
        assertEquals(1, m.events().hits());
    }

    @Test
    void aBrokenFileIsReportedAndSkipped() throws Exception {
        assertEquals(List.of(LongVideos.FALL_VIDEO, LongVideos.NORMAL_VIDEO),
                report.videos().stream().map(VideoTimeline::name).toList());
        assertEquals(1, report.skipped().size());
        VideoIssue issue = report.skipped().get(0);
        assertEquals("broken.mp4", issue.video());
        assertFalse(issue.reason().isBlank());
        // skipped.csv says which folder's video it was, with its path
        assertEquals("test", issue.set());
        assertEquals(test.resolve("broken.mp4").toAbsolutePath().normalize(), issue.file());
        List<String> rows = Files.readAllLines(dir.resolve("out").resolve(TimelineFiles.SKIPPED));
        assertEquals("video,set,path,reason", rows.get(0));
        assertTrue(rows.get(1).startsWith("broken.mp4,test," + issue.file() + ","), rows.get(1));
        assertTrue(report.threshold().source().contains("held-out normal windows"), report.threshold().source());
        assertTrue(report.training().heldOutWindows() > 0 && report.training().windows() > 0);
    }

    @Test
    void theOutputFolderReadsBackAsWritten() throws Exception {
        Path out = dir.resolve("out");
        TimelineResult loaded = TimelineFolder.load(out);
        assertEquals(report.threshold().value(), loaded.threshold(), 0);
        assertEquals(WINDOWS, loaded.windows());
        assertEquals(2, loaded.videos().size());
        VideoTimeline fall = video(LongVideos.FALL_VIDEO);
        VideoTimeline back = loaded.forFile(test.resolve(LongVideos.FALL_VIDEO)).orElseThrow();
        assertArrayEquals(fall.frameScores(), back.frameScores(), 0);
        assertEquals(fall.segments(), back.segments());
        assertEquals(fall.windowScores(), back.windowScores());
        assertEquals(fall.fps(), back.fps(), 0);
        assertEquals(report.metrics().orElseThrow().frameAuroc(), loaded.metrics().orElseThrow().frameAuroc(), 0);
        assertEquals(report.skipped(), loaded.skipped());

        List<String> lines = Files.readAllLines(out.resolve(TimelineFiles.FRAME_SCORES));
        assertEquals("video,frame,time,score", lines.get(0));
        assertTrue(lines.get(1).startsWith("fall.mp4,1,0.000,"), lines.get(1));
        assertEquals(1 + 600, lines.size());
        List<String> segments = Files.readAllLines(out.resolve(TimelineFiles.SEGMENTS));
        assertTrue(segments.stream().anyMatch(line -> line.startsWith("fall.mp4,") && line.endsWith(",hit,,,,")),
                "a hit, and no box: the built-in clip descriptor does not say where\n" + String.join("\n", segments));
    }

    @Test
    void theGroundTruthComesBackSoHitsCanBeCountedAtAnotherThreshold() throws Exception {
        TimelineResult loaded = TimelineFolder.load(dir.resolve("out"));
        assertTrue(loaded.hasEvents());
        assertEquals(List.of(LongVideos.FALL), loaded.eventsOf(LongVideos.FALL_VIDEO));
        assertEquals(List.of(), loaded.eventsOf(LongVideos.NORMAL_VIDEO));
        assertEquals(report.metrics().orElseThrow().events(), loaded.eventCountsAt(loaded.threshold()),
                "at the run's threshold the counts are the run's");
        double above = java.util.Arrays.stream(video(LongVideos.FALL_VIDEO).frameScores()).max().orElseThrow() + 1;
        assertEquals(new EventCounts(1, 0, 0, 0), loaded.eventCountsAt(above), "nothing flagged, nothing hit");

        TimelineFolderSummary summary = TimelineFolder.summary(dir.resolve("out"));
        assertEquals(2, summary.videos());
        assertEquals(report.videos().stream().mapToInt(v -> v.segments().size()).sum(), summary.segments());
        assertEquals(report.metrics().orElseThrow().frameAuroc(), summary.frameAuroc(), 0);
        assertTrue(TimelineFolder.list(dir).contains(dir.resolve("out")));
        assertFalse(TimelineFolder.isTimeline(dir.resolve("cancelled")));
    }

    @Test
    void theAutoencoderTrainsOnTheNormalWindowsWithItsEpochsReported() throws Exception {
        List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
        TimelineRun run = TimelineRun.builder().setBackbone(backbone).setOutput(TimelineFolder::write).setSettings(TimelineSettings.builder()
                .optDetector(DetectorKind.AUTOENCODER).build()).optCache(new EmbeddingCache(dir.resolve("cache")))
                .optProgressListener(p -> stages.add(p.stage() + " " + p.done())).build();
        TimelineReport autoencoder = run.run(VideoFolder.list(train).videos(), VideoFolder.list(test).videos(),
                GroundTruth.read(LongVideos.groundTruth(dir)), dir.resolve("autoencoder"), true);
        assertTrue(autoencoder.detectorName().startsWith("Autoencoder"), autoencoder.detectorName());
        assertTrue(stages.contains("fit 30"), "epochs not reported: " + stages);
        assertTrue(autoencoder.metrics().orElseThrow().frameAuroc() > 0.9, autoencoder.metrics().toString());
        assertEquals(1, autoencoder.metrics().orElseThrow().events().hits());
    }

    @Test
    void aCancelledRunWritesNothing() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        Path out = dir.resolve("cancelled");
        assertThrows(CancelledException.class, () -> newRun(token).run(VideoFolder.list(train).videos(),
                VideoFolder.list(test).videos(), GroundTruth.none(), out, false));
        assertFalse(Files.exists(out));
    }

    @Test
    void noUsableTrainingVideoIsAnError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("broken.mkv"), "not a video");
        TimelineException e = assertThrows(TimelineException.class, () -> newRun(CancellationToken.none())
                .run(VideoFolder.list(empty).videos(), VideoFolder.list(test).videos(), GroundTruth.none(),
                        dir.resolve("none"), false));
        assertTrue(e.getMessage().contains("broken.mkv"), e.getMessage());
    }
}
