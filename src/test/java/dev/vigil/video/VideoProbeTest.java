package dev.vigil.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoProbeTest {

    @TempDir
    Path dir;

    @Test
    void readsDurationFramesRateSizeAndCodec() throws Exception {
        Path clip = TestVideos.write(dir.resolve("clip.mp4"), 320, 240, 75, 25, false, VideoDecoderTest.movingSquare());
        VideoInfo info = VideoProbe.probe(clip);
        assertEquals(75, info.frameCount());
        assertEquals(25.0, info.frameRate(), 1e-6);
        assertEquals(3.0, info.durationSeconds(), 0.05);
        assertEquals(320, info.width());
        assertEquals(240, info.height());
        assertEquals(0, info.rotation());
        assertEquals("h264", info.codec());
    }

    @Test
    void probesOtherContainers() throws Exception {
        assertEquals("mjpeg", VideoProbe.probe(TestVideos.write(dir.resolve("clip.avi"), 64, 48, 10, 10, false,
                VideoDecoderTest.movingSquare())).codec());
        assertEquals("ffv1", VideoProbe.probe(TestVideos.write(dir.resolve("clip.mkv"), 64, 48, 10, 10, true,
                VideoDecoderTest.movingSquare())).codec());
    }

    @Test
    void namesTheFileAndTheReasonForWhatIsNotAVideo() throws Exception {
        assertReason(dir.resolve("missing.mp4"), "file not found");
        assertReason(Files.createFile(dir.resolve("empty.mp4")), "empty file");
        assertReason(Files.writeString(dir.resolve("notes.mp4"), "not a video at all\n".repeat(50)), "not a readable video");
        assertReason(Files.createDirectory(dir.resolve("folder.mp4")), "is a folder");
    }

    @Test
    void aTruncatedFileIsReportedNotCrashed() throws Exception {
        Path clip = TestVideos.write(dir.resolve("whole.mp4"), 160, 120, 50, 25, false, VideoDecoderTest.movingSquare());
        byte[] bytes = Files.readAllBytes(clip);
        Path cut = Files.write(dir.resolve("cut.mp4"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        VideoException e = assertThrows(VideoException.class, () -> VideoProbe.probe(cut));
        assertTrue(e.getMessage().startsWith("clip " + cut + ": "), e.getMessage());
    }

    @Test
    void oddPathsWork() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("ünïcødé folder, with comma"));
        Path clip = TestVideos.write(odd.resolve("clip #1 é.mp4"), 64, 48, 10, 10, false,
                VideoDecoderTest.movingSquare());
        assertEquals(10, VideoProbe.probe(clip).frameCount());
        assertEquals(10, VideoDecoder.decodeAll(clip, 32, 24).frames());
    }

    @Test
    void appliesTheDisplayRotationOfPhoneVideos() throws Exception {
        // coded 160x120 with a square in the top-left corner; stored rotation -90 (FFmpeg: clockwise quarter turn)
        Path clip = TestVideos.write(dir.resolve("phone.mp4"), 160, 120, 10, 10, false, -90, (t, rgb, w, h) ->
                TestVideos.fill(rgb, w, h, 0, 0, 40, 40, 255, 255, 255));
        VideoInfo info = VideoProbe.probe(clip);
        assertEquals(90, info.rotation());
        assertEquals(120, info.displayWidth());
        assertEquals(160, info.displayHeight());
        RgbFrames frames = VideoDecoder.decodeUniform(clip, 1, 0, 0);
        assertEquals(120, frames.width());
        assertEquals(160, frames.height());
        // a clockwise quarter turn moves the top-left corner to the top-right
        assertTrue(frames.value(0, 10, 110, 1) > 200, "top-right should be bright");
        assertTrue(frames.value(0, 10, 10, 1) < 60, "top-left should be dark");
        RgbFrames scaled = VideoDecoder.decodeUniform(clip, 1, 60, 80);
        assertEquals(60, scaled.width());
        assertTrue(scaled.value(0, 5, 55, 1) > 200, "top-right should be bright after scaling");
    }

    private static void assertReason(Path file, String reason) {
        VideoException e = assertThrows(VideoException.class, () -> VideoProbe.probe(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.reason().contains(reason), e.reason());
    }
}
