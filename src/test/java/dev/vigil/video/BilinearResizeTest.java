package dev.vigil.video;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PyTorch's bilinear rule (align_corners=False, no antialiasing) on planes small enough to check by hand. */
class BilinearResizeTest {

    @Test
    void halvingAveragesEachPairWithHalfPixelCentres() {
        // 4 -> 2: source positions 0.5 and 2.5, each the mean of two neighbours
        BilinearResize.Axis axis = BilinearResize.axis(4, 2);
        assertArrayEquals(new int[] {0, 2}, axis.first());
        assertArrayEquals(new int[] {1, 3}, axis.second());
        assertArrayEquals(new float[] {0.5f, 0.5f}, axis.wFirst());
    }

    @Test
    void shrinkingByFourReadsOnlyTheNearestPixelsNotTheWholeSpan() {
        // 8 -> 2: positions 1.5 and 5.5; pixels 0, 3, 4 and 7 are never read (no antialiasing)
        float[] row = {100, 10, 20, 100, 100, 30, 40, 100};
        float[] out = new float[2];
        BilinearResize.resize(row, 8, BilinearResize.axis(8, 2), BilinearResize.axis(1, 1), 0, 0, 2, 1, out, 0, 2);
        assertArrayEquals(new float[] {15, 35}, out);
    }

    @Test
    void bordersClampLikePyTorch() {
        // 2 -> 4: positions -0.25 (clamped to 0), 0.25, 0.75 and 1.25 (right neighbour clamped to the last pixel)
        float[] row = {0, 8};
        float[] out = new float[4];
        BilinearResize.resize(row, 2, BilinearResize.axis(2, 4), BilinearResize.axis(1, 1), 0, 0, 4, 1, out, 0, 4);
        assertArrayEquals(new float[] {0, 2, 6, 8}, out);
    }

    @Test
    void aWindowHoldsTheValuesOfTheWholeResizedPlane() {
        float[] plane = new float[9 * 7];
        for (int i = 0; i < plane.length; i++) {
            plane[i] = (i * 37 % 11) - 5f;
        }
        BilinearResize.Axis columns = BilinearResize.axis(9, 5);
        BilinearResize.Axis rows = BilinearResize.axis(7, 4);
        float[] whole = new float[5 * 4];
        BilinearResize.resize(plane, 9, columns, rows, 0, 0, 5, 4, whole, 0, 5);
        float[] window = new float[3 * 2];
        BilinearResize.resize(plane, 9, columns, rows, 1, 2, 3, 2, window, 0, 3);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertEquals(whole[(y + 2) * 5 + x + 1], window[y * 3 + x]);
            }
        }
    }
}
