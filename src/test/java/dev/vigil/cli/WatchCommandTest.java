package dev.vigil.cli;

import dev.vigil.live.StreamSenderAccess;
import dev.vigil.live.WatchFiles;
import dev.vigil.live.WatchFolder;
import dev.vigil.timeline.BusyScene;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.vigil.cli.CyclistScene.EVENT_FIRST;
import static dev.vigil.cli.CyclistScene.EVENT_LAST;
import static dev.vigil.cli.CyclistScene.FRAMES;
import static dev.vigil.cli.CyclistScene.KEY_FRAMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code vigil watch} with a scene bundle on a generated fixed-camera scene in which a small object races along the
 * walkway (frames 50–89): from a file, and as a live H.264 stream in MPEG-TS over UDP on this machine that stops
 * and starts again.
 */
class WatchCommandTest {

    @TempDir
    static Path dir;
    private static Path bundle;
    private static Path cyclist;

    @BeforeAll
    static void bundleAndVideo() throws Exception {
        CyclistScene scene = CyclistScene.make(dir);
        bundle = scene.bundle();
        cyclist = scene.video();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFileWatchedScoresAsTheBundleDoesAndKeepsEachEvent() throws Exception {
        Path scored = dir.resolve("scored");
        CommandRun score = CommandRun.of("score", "--bundle", bundle.toString(), cyclist.toString(), "--out",
                scored.toString(), "--no-cache");
        assertEquals(0, score.code(), score.all());
        VideoTimeline expected = TimelineFolder.load(scored).videos().get(0);
        Path out = dir.resolve("watch-file");
        CommandRun run = CommandRun.of("watch", cyclist.toString(), "--bundle", bundle.toString(), "--out",
                out.toString(), "--pre", "2s", "--post", "1s");
        assertEquals(0, run.code(), run.all());
        assertTrue(run.err().contains("end of file; 120 frames, 0 skipped"), run.all());

        List<List<String>> rows = WatchFolderRows.frameScores(out);
        assertEquals(FRAMES, rows.size(), "one row per frame, no gap");
        for (int f = 0; f < FRAMES; f++) {
            assertEquals(Integer.toString(f + 1), rows.get(f).get(0));
            double live = Double.parseDouble(rows.get(f).get(3));
            // the backbone reads a live frame converted from the decoded frame as a file's is: the same score, to
            // the digits the two folders print
            assertEquals(expected.frameScores()[f], live, 1e-6 * Math.max(1, expected.frameScores()[f]),
                    "frame " + (f + 1));
        }

        List<List<String>> events = WatchFolderRows.events(out);
        assertEquals(run.out().lines().filter(l -> l.contains(" CLOSED event ")).count(), events.size(), run.out());
        assertEquals(events.size(), Files.readAllLines(out.resolve(WatchFiles.EVENTS_JSONL)).size());
        assertEquals(events.size(), run.out().lines().filter(l -> l.contains(" ALERT event ")).count());
        for (FlaggedSegment s : expected.segments()) {
            assertTrue(events.stream().anyMatch(e -> overlaps(e, s.first() + 1, s.last() + 1)),
                    "segment " + s + " of score --bundle is no event of the watch: " + events);
        }
        List<String> event = events.stream().filter(e -> overlaps(e, EVENT_FIRST + 1, EVENT_LAST + 1)).findFirst()
                .orElseThrow(() -> new AssertionError("the racing object was not alerted: " + run.all()));
        assertOnTheWalkway(event);
        BufferedImage snapshot = ImageIO.read(out.resolve(event.get(14)).toFile());
        assertNotNull(snapshot, "snapshot " + event.get(14));
        assertEquals(BusyScene.WIDTH, snapshot.getWidth());
        long eventFrames = Long.parseLong(event.get(5)) - Long.parseLong(event.get(4)) + 1;
        RgbFrames clip = VideoDecoder.decodeAll(out.resolve(event.get(15)), BusyScene.WIDTH, BusyScene.HEIGHT);
        assertTrue(clip.frames() >= eventFrames + 10, "clip of " + clip.frames() + " frames for an event of "
                + eventFrames + " with pre- and post-roll");

        // the long-video review reads the watch folder: its hours (one, or two across a full hour), scores, events
        TimelineResult review = WatchFolder.load(out);
        assertEquals(FRAMES, review.videos().stream().mapToInt(VideoTimeline::frames).sum());
        assertEquals(events.size(), review.videos().stream().mapToInt(v -> v.segments().size()).sum());
        assertEquals(Double.parseDouble(event.get(8)), review.threshold());
        VideoTimeline hour = review.videos().get(0);
        assertEquals(Double.parseDouble(rows.get(0).get(3)), hour.frameScores()[0]);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aStreamThatStopsAndComesBackIsReconnectedAndBothEventsAreAlerted() throws Exception {
        int port = StreamSenderAccess.freePort();
        Path out = dir.resolve("watch-udp");
        // the queue holds the frames FFmpeg hands over at once after probing, so none is skipped and the windows
        // stay on the frames a watch of the file takes (as the key frames, a multiple of the stride, do on joining)
        CompletableFuture<CommandRun> watch = CompletableFuture.supplyAsync(() -> CommandRun.of("watch",
                "udp://127.0.0.1:" + port, "--bundle", bundle.toString(), "--out", out.toString(), "--pre", "2s",
                "--post", "1s", "--queue", "5s", "--duration", "30s", "--read-timeout", "1s"));
        // the sender may start before the watch listens: a camera's first frames are lost the same way
        long[] first = StreamSenderAccess.udp(cyclist, port, KEY_FRAMES, 0, FRAMES, 2);
        Thread.sleep(3000);
        long[] second = StreamSenderAccess.udp(cyclist, port, KEY_FRAMES, 0, FRAMES, 2);
        CommandRun run = watch.get(90, TimeUnit.SECONDS);
        StreamWatchChecks.assertReconnectedAndEachAlerted(run, out, List.of(first, second), EVENT_FIRST, EVENT_LAST);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSourceThatNeverConnectsExitsWithOneAndSaysWhy() throws Exception {
        int port = StreamSenderAccess.freePort();
        CommandRun silent = CommandRun.of("watch", "udp://127.0.0.1:" + port, "--bundle", bundle.toString(), "--out",
                dir.resolve("never").toString(), "--connect-timeout", "2s", "--read-timeout", "1s");
        assertEquals(1, silent.code(), silent.all());
        assertTrue(silent.err().contains("source udp://127.0.0.1:" + port + ": no connection within 2 s"),
                silent.all());
        CommandRun missing = CommandRun.of("watch", dir.resolve("gone.mp4").toString(), "--bundle",
                bundle.toString(), "--out", dir.resolve("gone").toString());
        assertEquals(1, missing.code(), missing.all());
        assertTrue(missing.err().contains("gone.mp4: no such file"), missing.all());
        CommandRun protocol = CommandRun.of("watch", "gopher://camera", "--bundle", bundle.toString(), "--out",
                dir.resolve("gopher").toString());
        assertEquals(2, protocol.code(), protocol.all());
        assertTrue(protocol.err().contains("protocol 'gopher' is not supported"), protocol.all());
    }

    private static boolean overlaps(List<String> event, long first, long last) {
        return Long.parseLong(event.get(4)) <= last && Long.parseLong(event.get(5)) >= first;
    }

    /** The racing object is in the walkway's band at the bottom of the picture. */
    private static void assertOnTheWalkway(List<String> event) {
        assertTrue(StreamWatchChecks.onTheWalkway(event), "box " + event);
    }
}
