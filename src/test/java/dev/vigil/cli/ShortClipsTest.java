package dev.vigil.cli;

import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.timeline.folder.TimelineFiles;
import dev.vigil.video.TestVideos;
import dev.vigil.video.VideoDecoder;
import dev.vigil.video.VideoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A one-frame video shows no motion: every path that embeds clips refuses it with the same reason, rather than
 * embedding a still picture as if nothing moved. Two frames are enough.
 */
class ShortClipsTest {

    private static final String REASON = "too short: 1 frame (a clip needs at least 2 to show motion)";

    @TempDir
    Path dir;

    private static Path moving(Path file, int frames) throws Exception {
        return TestVideos.write(file, 96, 64, frames, 10, false, (t, rgb, w, h) ->
                TestVideos.fill(rgb, w, h, 4 + 2 * t, 20, 16, 24, 230, 230, 230));
    }

    @Test
    void decodingRefusesAOneFrameClipAndAcceptsTwoFrames() throws Exception {
        Path still = moving(dir.resolve("still.mp4"), 1);
        VideoException e = assertThrows(VideoException.class,
                () -> VideoDecoder.decodeUniformPairs(still, 8, 32, 32, 0, Double.POSITIVE_INFINITY));
        assertTrue(e.getMessage().contains(still + ": " + REASON), e.getMessage());
        assertThrows(VideoException.class, () -> VideoDecoder.decodeUniform(still, 8, 32, 32));
        assertEquals(16, VideoDecoder.decodeUniformPairs(moving(dir.resolve("two.mp4"), 2), 8, 32, 32, 0,
                Double.POSITIVE_INFINITY).frames());
    }

    @Test
    void extractListsAOneFrameClipAsFailedWithTheReason() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        moving(data.resolve("walk.mp4"), 20);
        moving(data.resolve("still.mp4"), 1);
        Files.writeString(data.resolve("manifest.csv"), "path,label,class,split\nwalk.mp4,0,walk,train\n"
                + "still.mp4,0,walk,train\n");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("extract", "--manifest", data.resolve("manifest.csv").toString(), "--out",
                out.toString(), "--no-cache", "--threads", "1");
        assertEquals(0, run.code(), run.all());
        assertTrue(run.err().contains(REASON), run.all());
        EmbeddingSet set = EmbeddingSet.load(out);
        assertEquals(1, set.size());
        assertTrue(set.failures().get(0).reason().contains(REASON), set.failures().toString());
    }

    @Test
    void timelineSkipsAOneFrameVideoWithTheReason() throws Exception {
        Path train = Files.createDirectories(dir.resolve("train"));
        Path test = Files.createDirectories(dir.resolve("test"));
        moving(train.resolve("a.mp4"), 60);
        moving(train.resolve("b.mp4"), 60);
        moving(train.resolve("still.mp4"), 1);
        moving(test.resolve("c.mp4"), 60);
        moving(test.resolve("still-test.mp4"), 1);
        Path out = dir.resolve("timeline");
        CommandRun run = CommandRun.of("timeline", "--train", train.toString(), "--test", test.toString(), "--out",
                out.toString(), "--window", "8", "--stride", "4");
        assertEquals(0, run.code(), run.all());
        String skipped = Files.readString(out.resolve(TimelineFiles.SKIPPED));
        assertTrue(skipped.contains("still.mp4") && skipped.contains("still-test.mp4"), skipped);
        assertEquals(3, skipped.split(REASON.substring(0, 10), -1).length, skipped);
        assertFalse(Files.readString(out.resolve(TimelineFiles.FRAME_SCORES)).contains("still-test"), "not scored");
    }
}
