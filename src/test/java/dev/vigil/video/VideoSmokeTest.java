package dev.vigil.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VideoSmokeTest {

    @TempDir
    Path dir;

    @Test
    void decodesTheUniformlySampledFramesOfAClipItWrote() throws Exception {
        Path clip = TestVideos.write(dir.resolve("code.mp4"), 160, 64, 50, 25, false, TestVideos.frameIndexCode(6));
        VideoInfo info = VideoProbe.probe(clip);
        assertEquals(50, info.frameCount());
        assertEquals(25.0, info.frameRate(), 1e-6);
        assertEquals(160, info.width());

        RgbFrames frames = VideoDecoder.decodeUniform(clip, 8, 80, 32);
        long[] expected = FrameSampling.uniform(50, 8);
        int[] seen = new int[8];
        for (int i = 0; i < 8; i++) {
            seen[i] = TestVideos.readFrameIndex(frames, i, 6);
        }
        assertArrayEquals(java.util.Arrays.stream(expected).mapToInt(v -> (int) v).toArray(), seen);
    }
}
