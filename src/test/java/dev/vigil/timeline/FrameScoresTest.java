package dev.vigil.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Frame scores from overlapping windows, computed by hand. */
class FrameScoresTest {

    // windows of 4 frames every 2 over 8 frames: [0-3] [2-5] [4-7]
    private static final List<FrameWindow> WINDOWS = new WindowSpec(4, 2).plan(8);
    private static final double[] SCORES = {1, 5, 2};

    @Test
    void maxTakesTheHighestWindowCoveringEachFrame() {
        assertArrayEquals(new double[] {1, 1, 5, 5, 5, 5, 2, 2},
                FrameScores.fromWindows(SCORES, WINDOWS, 8, Aggregation.MAX), 0);
    }

    @Test
    void meanAveragesTheWindowsCoveringEachFrame() {
        assertArrayEquals(new double[] {1, 1, 3, 3, 3.5, 3.5, 2, 2},
                FrameScores.fromWindows(SCORES, WINDOWS, 8, Aggregation.MEAN), 1e-12);
    }

    @Test
    void framesNoScoredWindowCoversTakeTheNearestCoveredFrame() {
        // window [2-5] never scored; a 10-frame video whose planned windows stop at frame 7
        double[] scores = {1, Double.NaN, 2};
        assertArrayEquals(new double[] {1, 1, 1, 1, 2, 2, 2, 2, 2, 2},
                FrameScores.fromWindows(scores, WINDOWS, 10, Aggregation.MAX), 0);
    }

    @Test
    void aVideoWithoutAnyScoredWindowIsRefused() {
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        assertThrows(IllegalArgumentException.class, () -> FrameScores.fromWindows(none, WINDOWS, 8, Aggregation.MAX));
    }
}
