package dev.vigil.video;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FrameSamplingTest {

    // Expected values printed by torch 1.13: torch.linspace(0, T - 1, N).long().tolist()
    @Test
    void matchesTorchLinspaceTruncation() {
        assertArrayEquals(new long[] {0, 14, 28, 42, 56, 70, 84, 99}, FrameSampling.uniform(100, 8));
        assertArrayEquals(new long[] {0, 10, 21, 31, 42, 52, 63, 74}, FrameSampling.uniform(75, 8));
        assertArrayEquals(new long[] {0, 0, 1, 2, 3, 4, 5, 6}, FrameSampling.uniform(7, 8));
        assertArrayEquals(new long[] {0, 0, 0, 0}, FrameSampling.uniform(1, 4));
        assertArrayEquals(new long[] {0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220, 240, 260, 280, 300},
                FrameSampling.uniform(301, 16));
    }

    @Test
    void followsTorchsSymmetricFormulaInTheSecondHalf() {
        long[] expected = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46,
                48, 50, 52, 54, 56, 58, 60, 63};
        assertArrayEquals(expected, FrameSampling.uniform(64, 32));
        // SlowFast's slow pathway: 8 of 32 fast frames
        assertArrayEquals(new long[] {0, 4, 8, 13, 17, 22, 26, 31}, FrameSampling.uniform(32, 8));
    }

    @Test
    void samplesInsideARange() {
        assertArrayEquals(new long[] {100, 114, 128, 142, 156, 170, 184, 199}, FrameSampling.uniform(100, 199, 8));
    }

    @Test
    void rejectsEmptyRangesAndZeroFrames() {
        assertThrows(IllegalArgumentException.class, () -> FrameSampling.uniform(0, 8));
        assertThrows(IllegalArgumentException.class, () -> FrameSampling.uniform(10, 0));
    }
}
