package dev.vigil.spark;

import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.VideoTimeline;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline bundle over a small archive on a local Spark master: a generated minute of footage cut into 10-second
 * chunks, a short video, and a file that is no video. The chunked result must equal what {@code vigil score} gives
 * on one machine, frame by frame, also when tasks die and are retried, and a re-run must not score again what is done.
 */
class TimelineArchiveTest {

    private static final double TOLERANCE = 1e-6;

    @TempDir
    static Path dir;
    private static Path archive;
    private static Path bundle;
    private static Map<String, VideoTimeline> expected;

    @BeforeAll
    static void bundleAndOneMachineScores() throws Exception {
        Path train = Fixtures.trainFolder(dir);
        archive = Files.createDirectories(dir.resolve("archive"));
        Path longVideo = Fixtures.longVideo(archive.resolve("long.mp4"));
        Path shortVideo = Fixtures.shortVideo(archive.resolve("cam2/short.mp4"));
        Files.writeString(archive.resolve("notes.mp4"), "not a video");
        Path timelineTest = Fixtures.shortVideo(dir.resolve("timeline-test/normal.mp4")).getParent();
        Path timeline = dir.resolve("timeline");
        Fixtures.vigil("timeline", "--train", train.toString(), "--test", timelineTest.toString(), "--out",
                timeline.toString(), "--no-cache", "--smooth", "5", "--percentile", "99", "--threads", "2");
        bundle = dir.resolve("walkway.vigil");
        Fixtures.vigil("export-bundle", timeline.toString(), "--out", bundle.toString());
        Path oneMachine = dir.resolve("one-machine");
        Fixtures.vigil("score", "--bundle", bundle.toString(), longVideo.toString(), shortVideo.toString(), "--out",
                oneMachine.toString(), "--no-cache", "--threads", "2");
        expected = TimelineFolder.load(oneMachine).videos().stream()
                .collect(Collectors.toMap(v -> v.file().getFileName().toString(), v -> v));
        assertEquals(2, expected.size());
        assertFalse(expected.get("long.mp4").segments().isEmpty(), "the fall was not flagged: nothing to compare");
    }

    private static ArchiveJob.Options options(Path out, boolean csv) {
        return new ArchiveJob.Options(bundle.toString(), archive.toString(), out.toString(), csv, 10, 1);
    }

    @Test
    void aLongVideoScoredInChunksEqualsTheOneMachineTimelineAndAReRunSkipsIt() throws Exception {
        Path out = dir.resolve("spark-out");
        SparkSession spark = Fixtures.spark("local[2]");
        try {
            ArchiveJob.Summary summary = ArchiveJob.run(spark, options(out, true));
            assertEquals(3, summary.videos());
            assertEquals(2, summary.done());
            assertEquals(1, summary.failed());
            assertEquals(1500 + 200, summary.frames());
            assertSameAsOneMachine(spark, out);

            Row failed = Output.clipScores(spark, out).stream().filter(r -> "failed".equals(r.getAs("verdict")))
                    .findFirst().orElseThrow();
            assertEquals("notes.mp4", failed.getAs("video"));
            assertFalse(((String) failed.getAs("reason")).isBlank(), "a failed video without its reason");
            assertEquals("path,score,verdict,reason", Files.readAllLines(out.resolve("clip_scores.csv")).get(0));
            assertEquals(1 + 1500 + 200, Files.readAllLines(out.resolve("frame_scores.csv")).size());
            String json = Files.readString(out.resolve(ArchiveOutput.SUMMARY));
            assertTrue(json.contains("\"done\" : 2") && json.contains("\"failed\" : 1"), json);

            // the same output again: nothing done is scored twice, the failed file is tried again
            List<Double> before = boxed(Output.frameScores(spark, out, "long.mp4"));
            ArchiveJob.Summary again = ArchiveJob.run(spark, options(out, false));
            assertEquals(2, again.skipped());
            assertEquals(1, again.failed());
            assertEquals(0, again.frames());
            assertEquals(before, boxed(Output.frameScores(spark, out, "long.mp4")));
            assertEquals(3, Output.clipScores(spark, out).size());
        } finally {
            spark.stop();
        }
    }

    @Test
    void tasksThatDieOnTheirFirstAttemptAreRetriedAndTheOutputIsComplete() throws Exception {
        Path out = dir.resolve("spark-drill");
        // up to 3 attempts per task; the drill kills the first attempt of each video's first chunk and of its merge
        SparkSession spark = Fixtures.spark("local[2,3]", true);
        try {
            ArchiveJob.Summary summary = ArchiveJob.run(spark, options(out, false));
            assertEquals(2, summary.done(), summary.failures().toString());
            assertSameAsOneMachine(spark, out);
            assertTrue(Files.exists(out.resolve(ArchiveOutput.DONE).resolve(ArchiveOutput.partition("long.mp4"))));
        } finally {
            spark.stop();
        }
    }

    private static void assertSameAsOneMachine(SparkSession spark, Path out) {
        for (String video : List.of("long.mp4", "cam2/short.mp4")) {
            VideoTimeline one = expected.get(Path.of(video).getFileName().toString());
            double[] scores = Output.frameScores(spark, out, video);
            assertEquals(one.frames(), scores.length, video);
            for (int f = 0; f < scores.length; f++) {
                assertEquals(one.frameScores()[f], scores[f], TOLERANCE, video + " frame " + (f + 1));
            }
            List<String> segments = new ArrayList<>();
            for (FlaggedSegment s : one.segments()) {
                AnomalyMaps.Box b = one.boxOf(s).orElseThrow();
                segments.add((s.first() + 1) + "-" + (s.last() + 1) + " peak " + (s.peakFrame() + 1) + " box " + b.x()
                        + "," + b.y() + "," + b.width() + "," + b.height());
            }
            assertEquals(segments, Output.segments(spark, out, video), video);
        }
    }

    private static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
