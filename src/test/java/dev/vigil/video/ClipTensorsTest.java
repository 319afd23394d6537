package dev.vigil.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClipTensorsTest {

    /** Eight vertical bars of known colours, 40 px wide each on a 320-px frame. */
    private static final int[][] BARS = {
            {255, 255, 255}, {255, 255, 0}, {0, 255, 255}, {0, 255, 0},
            {255, 0, 255}, {255, 0, 0}, {0, 0, 255}, {16, 32, 64}};
    private static final float[] MEAN = {0.43216f, 0.394666f, 0.37645f};
    private static final float[] STD = {0.22803f, 0.22145f, 0.216989f};

    @TempDir
    Path dir;

    private Path colourBars() throws Exception {
        return TestVideos.write(dir.resolve("bars.mkv"), 320, 240, 20, 10, true, (t, rgb, w, h) -> {
            for (int b = 0; b < BARS.length; b++) {
                TestVideos.fill(rgb, w, h, b * 40, 0, 40, h, BARS[b][0], BARS[b][1], BARS[b][2]);
            }
        });
    }

    @Test
    void normalisesEveryChannelAsTheReferenceDoes() throws Exception {
        RgbFrames frames = VideoDecoder.decodeUniform(colourBars(), 4, 320, 240);
        ClipTensor tensor = ClipTensors.toTensor(frames, CropPlan.whole(320, 240), MEAN, STD, TensorLayout.CTHW);
        assertArrayEquals(new long[] {3, 4, 240, 320}, tensor.shape());
        for (int b = 0; b < BARS.length; b++) {
            for (int c = 0; c < 3; c++) {
                float expected = (BARS[b][c] / 255f - MEAN[c]) / STD[c];
                assertEquals(expected, tensor.get(c, 2, 120, b * 40 + 20), 1e-5, "bar " + b + " channel " + c);
            }
        }
    }

    @Test
    void bothLayoutsHoldTheSameValuesInTheirOwnOrder() throws Exception {
        RgbFrames frames = VideoDecoder.decodeUniform(colourBars(), 3, 64, 48);
        ClipTensor cthw = ClipTensors.toTensor(frames, CropPlan.whole(64, 48), MEAN, STD, TensorLayout.CTHW);
        ClipTensor tchw = ClipTensors.toTensor(frames, CropPlan.whole(64, 48), MEAN, STD, TensorLayout.TCHW);
        assertArrayEquals(new long[] {3, 3, 48, 64}, tchw.shape());
        // raw offsets: C,T,H,W puts channel outermost; T,C,H,W puts time outermost
        int plane = 48 * 64;
        for (int c = 0; c < 3; c++) {
            for (int t = 0; t < 3; t++) {
                int y = 10;
                int x = 30;
                float value = cthw.data()[(c * 3 + t) * plane + y * 64 + x];
                assertEquals(value, tchw.data()[(t * 3 + c) * plane + y * 64 + x]);
                assertEquals(value, cthw.get(c, t, y, x));
            }
        }
    }

    @Test
    void squareResizeStretchesTheWholeFrame() throws Exception {
        Path bars = colourBars();
        Preprocessing square = new Preprocessing(8, ResizeMode.SQUARE, 112, 0, 0, 0, MEAN, STD, TensorLayout.CTHW);
        ClipTensor tensor = ClipTensors.load(bars, square, 0);
        assertArrayEquals(new long[] {3, 8, 112, 112}, tensor.shape());
        // 8 bars over 112 columns: bar b is centred at 14b + 7; check the red channel of the first and last bars
        assertEquals((255 / 255f - MEAN[0]) / STD[0], tensor.get(0, 0, 56, 7), 1e-2);
        assertEquals((16 / 255f - MEAN[0]) / STD[0], tensor.get(0, 0, 56, 105), 2e-2);
    }

    @Test
    void shortSideResizeThenCentreCropKeepsTheMiddle() throws Exception {
        Preprocessing p = new Preprocessing(4, ResizeMode.SHORT_SIDE_CENTER_CROP, 120, 120, 0, 0, MEAN, STD,
                TensorLayout.CTHW);
        CropPlan plan = p.plan(320, 240, 0);
        assertEquals(new CropPlan(160, 120, 20, 0, 120, 120), plan);
        ClipTensor tensor = ClipTensors.load(colourBars(), p, 0);
        // decoded at 160 px wide: bars are 20 px; crop column 0 is decoded column 20 = start of bar 1 (yellow)
        // crop column 10 lies in the middle of bar 1, column 110 in the middle of bar 6 (blue)
        assertEquals((255 / 255f - MEAN[0]) / STD[0], tensor.get(0, 0, 60, 10), 1e-2);
        assertEquals((0 / 255f - MEAN[0]) / STD[0], tensor.get(0, 0, 60, 110), 1e-2);
        assertEquals((255 / 255f - MEAN[2]) / STD[2], tensor.get(2, 0, 60, 110), 1e-2);
    }

    @Test
    void randomCropIsSeededAndStaysInsideTheFrame() {
        Preprocessing p = new Preprocessing(8, ResizeMode.RANDOM_SHORT_SIDE_CROP, 112, 0, 128, 171, MEAN, STD,
                TensorLayout.CTHW);
        CropPlan first = p.plan(720, 480, 42);
        assertEquals(first, p.plan(720, 480, 42));
        boolean differs = false;
        for (long seed = 0; seed < 50; seed++) {
            CropPlan plan = p.plan(720, 480, seed);
            int shortSide = Math.min(plan.decodeWidth(), plan.decodeHeight());
            assertEquals(true, shortSide >= 128 && shortSide <= 171, "short side " + shortSide);
            assertEquals(112, plan.cropWidth());
            differs |= !plan.equals(first);
        }
        assertEquals(true, differs, "different seeds must give different views");
    }

    @Test
    void randomViewsOfOneClipDifferButRepeatForTheSameSeed() throws Exception {
        Path bars = colourBars();
        Preprocessing p = new Preprocessing(4, ResizeMode.RANDOM_SHORT_SIDE_CROP, 112, 0, 128, 171, MEAN, STD,
                TensorLayout.CTHW);
        ClipTensor a = ClipTensors.load(bars, p, 1);
        assertArrayEquals(a.data(), ClipTensors.load(bars, p, 1).data());
        assertNotEquals(java.util.Arrays.hashCode(a.data()), java.util.Arrays.hashCode(ClipTensors.load(bars, p, 7).data()));
    }

    @Test
    void slowFastPackPicksTheSlowFramesByLinspace() throws Exception {
        Path clip = TestVideos.write(dir.resolve("code.mkv"), 224, 64, 64, 25, true, TestVideos.frameIndexCode(7));
        RgbFrames frames = VideoDecoder.decodeUniform(clip, 32, 224, 64);
        ClipTensor fast = ClipTensors.toTensor(frames, CropPlan.whole(224, 64), new float[] {0, 0, 0},
                new float[] {1, 1, 1}, TensorLayout.CTHW);
        List<ClipTensor> pathways = ClipTensors.slowFastPack(fast, 4);
        ClipTensor slow = pathways.get(0);
        assertEquals(8, slow.frames());
        assertEquals(fast, pathways.get(1));
        long[] picks = FrameSampling.uniform(32, 8);
        for (int s = 0; s < 8; s++) {
            for (int x = 0; x < 224; x += 16) {
                assertEquals(fast.get(1, (int) picks[s], 32, x), slow.get(1, s, 32, x));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ClipTensors.slowFastPack(fast, 64));
    }
}
