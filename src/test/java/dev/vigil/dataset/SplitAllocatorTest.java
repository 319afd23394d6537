package dev.vigil.dataset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitAllocatorTest {

    private static final SplitFractions REFERENCE = SplitFractions.REFERENCE;

    @Test
    void followsTheDocumentedExamplesAtTheReferenceFractions() {
        int[][] expected = {{0, 0, 0}, {1, 0, 0}, {1, 0, 1}, {1, 1, 1}, {2, 1, 1}, {2, 1, 2}, {3, 1, 2}, {3, 1, 3},
                {4, 1, 3}, {4, 1, 4}, {5, 1, 4}};
        for (int n = 0; n < expected.length; n++) {
            assertArrayEquals(expected[n], SplitAllocator.counts(n, REFERENCE), "n = " + n);
        }
        // 12.5 / 2.5 / 10: one clip left over, the tie of remainders goes to train.
        assertArrayEquals(new int[] {13, 2, 10}, SplitAllocator.counts(25, REFERENCE));
        assertArrayEquals(new int[] {50, 10, 40}, SplitAllocator.counts(100, REFERENCE));
    }

    @Test
    void countsAddUpStayWithinOneClipOfTheShareAndFillEverySplitOnceThereAreEnoughClips() {
        List<SplitFractions> fractions = List.of(REFERENCE, new SplitFractions(0.7, 0.15, 0.15),
                new SplitFractions(1.0 / 3, 1.0 / 3, 1.0 / 3), new SplitFractions(0.8, 0.2, 0),
                new SplitFractions(0, 0, 1), new SplitFractions(0.05, 0.05, 0.9));
        for (SplitFractions f : fractions) {
            int positive = (f.train() > 0 ? 1 : 0) + (f.val() > 0 ? 1 : 0) + (f.test() > 0 ? 1 : 0);
            for (int n = 0; n <= 300; n++) {
                int[] counts = SplitAllocator.counts(n, f);
                assertEquals(n, counts[0] + counts[1] + counts[2], f + " n=" + n);
                for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
                    int count = counts[split.ordinal()];
                    double share = n * f.of(split);
                    if (f.of(split) == 0) {
                        assertEquals(0, count, "a split with fraction 0 stays empty: " + f + " n=" + n);
                    } else if (n >= positive) {
                        assertTrue(count >= 1, split + " empty: " + f + " n=" + n);
                    }
                    // Filling small splits moves at most one clip per split away from its share.
                    assertTrue(Math.abs(count - share) < 1 + positive, split + " " + count + " vs " + share);
                    if (n >= 20 * positive && f.of(split) >= 0.05) {
                        assertTrue(Math.abs(count - share) < 1, split + " " + count + " vs " + share + " n=" + n);
                    }
                }
            }
        }
    }

    @Test
    void aSingleClipGoesToTrainEvenWhenTestHasTheLargestShare() {
        assertArrayEquals(new int[] {1, 0, 0}, SplitAllocator.counts(1, new SplitFractions(0.3, 0.3, 0.4)));
        assertArrayEquals(new int[] {1, 0, 1}, SplitAllocator.counts(2, new SplitFractions(0.3, 0.3, 0.4)));
        assertArrayEquals(new int[] {0, 0, 2}, SplitAllocator.counts(2, new SplitFractions(0, 0, 1)));
    }
}
