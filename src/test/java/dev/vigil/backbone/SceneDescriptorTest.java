package dev.vigil.backbone;

import dev.vigil.video.CropPlan;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixed-camera descriptor keeps what moves, and how fast, in the cells where it moves. */
class SceneDescriptorTest {

    private static final int W = 180;
    private static final int H = 120;
    private static final int SPEED_BINS = 8;

    /** Textured ground; a textured 12 × 12 square at (x, y). */
    private static float[] frame(int x, int y) {
        SplittableRandom random = new SplittableRandom(5);
        float[] img = new float[W * H];
        for (int i = 0; i < img.length; i++) {
            img[i] = 0.3f + 0.2f * random.nextFloat();
        }
        SplittableRandom texture = new SplittableRandom(9);
        for (int yy = y; yy < y + 12; yy++) {
            for (int xx = x; xx < x + 12; xx++) {
                img[yy * W + xx] = 0.6f + 0.4f * texture.nextFloat();
            }
        }
        return img;
    }

    /** Eight pairs of a square moving {@code step} pixels a frame along row {@code y} from column {@code x}. */
    private static float[][] pairs(int x, int y, int step) {
        float[][] frames = new float[2 * SceneDescriptor.PAIRS][];
        for (int p = 0; p < SceneDescriptor.PAIRS; p++) {
            frames[2 * p] = frame(x + p * 2 * step, y);
            frames[2 * p + 1] = frame(x + (p * 2 + 1) * step, y);
        }
        return frames;
    }

    private static float motion(float[] d, int cell) {
        float sum = 0;
        for (int k = 0; k < SPEED_BINS; k++) {
            sum += d[cell * SceneDescriptor.PER_CELL + k];
        }
        return sum;
    }

    /** Speed-weighted mean bin of a cell's speed histogram. */
    private static float meanSpeedBin(float[] d, int cell) {
        float sum = 0;
        float weight = 0;
        for (int k = 0; k < SPEED_BINS; k++) {
            float v = d[cell * SceneDescriptor.PER_CELL + k];
            sum += k * v * v;
            weight += v * v;
        }
        return sum / weight;
    }

    @Test
    void motionIsKeptInTheCellsWhereItHappens() {
        // bottom right: finest cells 6 × 4 of 30 × 30 pixels; the square runs along row 90..101, columns 125..
        float[] d = SceneDescriptor.compute(pairs(125, 90, 2), W, H, 10);
        int finest = SceneDescriptor.GRID.firstCell(SceneDescriptor.GRID.finest());
        int bottomRight = finest + 3 * 6 + 4;
        int topLeft = finest;
        assertTrue(motion(d, bottomRight) > 0.1, "motion in its cell: " + motion(d, bottomRight));
        assertEquals(0, motion(d, topLeft), 1e-6, "no motion where nothing moves");
        // 2 × 2 level: bottom right quarter has it, top left none
        assertTrue(motion(d, 1 + 3) > 0 && motion(d, 1) == 0);
        assertTrue(motion(d, 0) > 0, "the whole frame sees it too");
    }

    @Test
    void aFasterObjectVotesInFasterBins() {
        int cell = SceneDescriptor.GRID.firstCell(SceneDescriptor.GRID.finest()) + 3 * 6 + 2;
        float slow = meanSpeedBin(SceneDescriptor.compute(pairs(62, 92, 1), W, H, 10), cell);
        float fast = meanSpeedBin(SceneDescriptor.compute(pairs(62, 92, 4), W, H, 10), cell);
        // four times the speed is two doublings: about two bins up
        assertTrue(fast - slow > 1.2, "slow " + slow + ", fast " + fast);
    }

    @Test
    void aStillSceneHasNoMotionButItsAppearance() {
        float[] still = frame(40, 40);
        float[][] frames = new float[2 * SceneDescriptor.PAIRS][];
        java.util.Arrays.fill(frames, still);
        float[] d = SceneDescriptor.compute(frames, W, H, 10);
        for (int cell = 0; cell < SceneDescriptor.GRID.cellCount(); cell++) {
            assertEquals(0, motion(d, cell), 0, "cell " + cell);
        }
        float appearance = 0;
        for (int k = 3 * 8; k < 4 * 8; k++) {
            appearance += d[k];
        }
        assertTrue(appearance > 0, "the texture is described even when nothing moves");
    }

    @Test
    void theSameFramesGiveTheSameValuesWithAndWithoutThePairMemo() {
        float[][] frames = pairs(30, 30, 3);
        float[] direct = SceneDescriptor.compute(frames, W, H, 10);
        PairMemo memo = new PairMemo();
        for (int round = 0; round < 2; round++) {
            float[] sums = new float[SceneDescriptor.SIZE];
            for (int p = 0; p < SceneDescriptor.PAIRS; p++) {
                float[] pair = memo.pairSums(frames[2 * p], frames[2 * p + 1], W, H, 10);
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += pair[i];
                }
            }
            assertArrayEquals(direct, SceneDescriptor.normalise(sums, SceneDescriptor.PAIRS, W, H), 0);
        }
    }

    @Test
    void framesKeepTheirAspectAtAboutTheCardsArea() {
        CropPlan plan = SceneBackbone.CARD.evalPreprocessing().plan(360, 240, 0);
        assertEquals(180, plan.decodeWidth());
        assertEquals(120, plan.decodeHeight());
        CropPlan hd = SceneBackbone.CARD.trainPreprocessing().plan(1280, 720, 7);
        assertEquals(196, hd.decodeWidth());
        assertEquals(110, hd.decodeHeight());
        CropPlan small = SceneBackbone.CARD.evalPreprocessing().plan(64, 48, 0);
        assertEquals(64, small.decodeWidth(), "a small video is not blown up");
    }
}
