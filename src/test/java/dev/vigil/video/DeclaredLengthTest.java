package dev.vigil.video;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * MP4 files opened without FFmpeg's stream-info probe carry no file-level duration; the length must come from the
 * video stream's header, or every probe and every sampled decode would first decode the whole clip to count frames.
 */
class DeclaredLengthTest {

    @TempDir
    Path dir;

    @Test
    void lengthComesFromTheVideoStreamWhenTheFileHeaderHasNone() throws Exception {
        Path clip = TestVideos.write(dir.resolve("clip.mp4"), 64, 48, 50, 25, false, TestVideos.frameIndexCode(6));
        FFmpegFrameGrabber grabber = Ffmpeg.start(clip, 0, 0, 1);
        try {
            assertEquals(0, grabber.getLengthInVideoFrames(), "premise: FFmpeg leaves the file-level length unset");
            double[] length = Ffmpeg.declaredLength(grabber);
            assertEquals(2.0, length[0], 0.05);
            assertEquals(50, length[1]);
        } finally {
            Ffmpeg.closeQuietly(grabber);
        }
        try (FrameReader reader = FrameReader.open(clip, 32, 24)) {
            assertEquals(50, reader.frameCountHint());
        }
    }
}
