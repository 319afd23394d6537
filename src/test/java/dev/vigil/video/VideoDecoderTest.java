package dev.vigil.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VideoDecoderTest {

    private static final int BITS = 7;

    @TempDir
    Path dir;

    @Test
    void decodesExactlyTheUniformlySampledFrames() throws Exception {
        Path clip = TestVideos.write(dir.resolve("code.mp4"), 224, 64, 100, 25, false, TestVideos.frameIndexCode(BITS));
        RgbFrames frames = VideoDecoder.decodeUniform(clip, 8, 112, 32);
        assertEquals(112, frames.width());
        assertEquals(32, frames.height());
        assertArrayEquals(new int[] {0, 14, 28, 42, 56, 70, 84, 99}, paintedIndices(frames));
    }

    @Test
    void samplesInsideATimeRange() throws Exception {
        Path clip = TestVideos.write(dir.resolve("code.mkv"), 224, 64, 100, 25, true, TestVideos.frameIndexCode(BITS));
        // [1 s, 3 s) at 25 fps = frames 25..74
        RgbFrames frames = VideoDecoder.decodeUniform(clip, 6, 224, 64, 1.0, 3.0);
        assertArrayEquals(Arrays.stream(FrameSampling.uniform(25, 74, 6)).mapToInt(v -> (int) v).toArray(),
                paintedIndices(frames));
    }

    @Test
    void sampledDecodingAgreesWithAFullSequentialDecode() throws Exception {
        Path clip = TestVideos.write(dir.resolve("square.mp4"), 160, 120, 60, 30, false, movingSquare());
        RgbFrames all = VideoDecoder.decodeAll(clip, 80, 60);
        assertEquals(60, all.frames());
        long[] picks = FrameSampling.uniform(60, 16);
        RgbFrames sampled = VideoDecoder.decodeUniform(clip, 16, 80, 60);
        for (int i = 0; i < picks.length; i++) {
            byte[] expected = Arrays.copyOfRange(all.data(), (int) picks[i] * all.frameBytes(),
                    (int) (picks[i] + 1) * all.frameBytes());
            byte[] actual = Arrays.copyOfRange(sampled.data(), i * sampled.frameBytes(), (i + 1) * sampled.frameBytes());
            assertArrayEquals(expected, actual, "frame " + picks[i]);
        }
    }

    @Test
    void theMovingSquareIsWhereItWasPainted() throws Exception {
        Path clip = TestVideos.write(dir.resolve("square.mkv"), 160, 120, 40, 20, true, movingSquare());
        RgbFrames frames = VideoDecoder.decodeUniform(clip, 5, 160, 120);
        long[] picks = FrameSampling.uniform(40, 5);
        for (int i = 0; i < 5; i++) {
            double[] centre = brightCentre(frames, i);
            assertEquals(squareX((int) picks[i]) + 10, centre[0], 0.01, "x of frame " + picks[i]);
            assertEquals(50 + 10 - 0.5, centre[1], 0.01, "y of frame " + picks[i]);
        }
    }

    @Test
    void scalingByFfmpegKeepsPositionsProportional() throws Exception {
        Path clip = TestVideos.write(dir.resolve("square.mkv"), 160, 120, 40, 20, true, movingSquare());
        RgbFrames half = VideoDecoder.decodeUniform(clip, 5, 80, 60);
        long[] picks = FrameSampling.uniform(40, 5);
        for (int i = 0; i < 5; i++) {
            double[] centre = brightCentre(half, i);
            assertEquals((squareX((int) picks[i]) + 10) / 2.0, centre[0], 0.75, "x of frame " + picks[i]);
        }
    }

    @Test
    void repeatsTheLastFrameWhenAClipHasFewerFramesThanSamples() throws Exception {
        Path clip = TestVideos.write(dir.resolve("short.mkv"), 224, 64, 5, 25, true, TestVideos.frameIndexCode(BITS));
        RgbFrames frames = VideoDecoder.decodeUniform(clip, 8, 224, 64);
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2, 3, 4}, paintedIndices(frames));
    }

    static int squareX(int t) {
        return 5 + 3 * t;
    }

    /** A white 20×20 square moving right by 3 px a frame at y = 50 on a dark background. */
    static TestVideos.Painter movingSquare() {
        return (t, rgb, width, height) -> {
            TestVideos.fill(rgb, width, height, 0, 0, width, height, 20, 20, 20);
            TestVideos.fill(rgb, width, height, squareX(t), 50, 20, 20, 255, 255, 255);
        };
    }

    /** Centre of the pixels brighter than mid-grey, in pixel-centre coordinates (x + 0.5 convention removed). */
    static double[] brightCentre(RgbFrames frames, int f) {
        double sx = 0;
        double sy = 0;
        double n = 0;
        for (int y = 0; y < frames.height(); y++) {
            for (int x = 0; x < frames.width(); x++) {
                int v = frames.value(f, y, x, 1);
                if (v > 128) {
                    sx += x + 0.5;
                    sy += y;
                    n++;
                }
            }
        }
        assertTrue(n > 0, "no bright pixels in frame " + f);
        return new double[] {sx / n, sy / n};
    }

    private static int[] paintedIndices(RgbFrames frames) {
        int[] seen = new int[frames.frames()];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = TestVideos.readFrameIndex(frames, i, BITS);
        }
        return seen;
    }
}
