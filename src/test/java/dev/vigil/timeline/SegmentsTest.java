package dev.vigil.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flagged segments: runs at or above the threshold, gaps closed, short ones dropped. */
class SegmentsTest {

    //                                 0  1  2  3  4  5  6  7  8  9 10 11 12 13
    private static final double[] S = {0, 5, 6, 0, 0, 7, 0, 0, 0, 0, 5, 0, 9, 9};

    @Test
    void everyRunOfFramesAtOrAboveTheThresholdIsASegment() {
        assertEquals(List.of(new FlaggedSegment(1, 2, 2, 6), new FlaggedSegment(5, 5, 5, 7),
                new FlaggedSegment(10, 10, 10, 5), new FlaggedSegment(12, 13, 12, 9)),
                Segments.find(S, 5, SegmentRules.NONE));
    }

    @Test
    void runsSeparatedByAtMostTheGapAreMerged() {
        // gap 2 joins 1-2 with 5 (frames 3, 4 between) but not 5 with 10 (4 frames between); 10 and 12 join (1 between)
        assertEquals(List.of(new FlaggedSegment(1, 5, 5, 7), new FlaggedSegment(10, 13, 12, 9)),
                Segments.find(S, 5, new SegmentRules(1, 2)));
        assertEquals(List.of(new FlaggedSegment(1, 13, 12, 9)), Segments.find(S, 5, new SegmentRules(1, 4)));
    }

    @Test
    void segmentsShorterThanTheMinimumAreDroppedAfterGapsAreClosed() {
        assertEquals(List.of(new FlaggedSegment(1, 2, 2, 6), new FlaggedSegment(12, 13, 12, 9)),
                Segments.find(S, 5, new SegmentRules(2, 0)));
        // closing first: 10 + 12-13 make a 4-frame segment that survives a minimum of 4; 1-5 has 5 frames
        assertEquals(List.of(new FlaggedSegment(1, 5, 5, 7), new FlaggedSegment(10, 13, 12, 9)),
                Segments.find(S, 5, new SegmentRules(4, 2)));
        assertEquals(List.of(new FlaggedSegment(1, 5, 5, 7)), Segments.find(S, 5, new SegmentRules(5, 2)));
    }

    @Test
    void aThresholdAboveEveryScoreOrNaNFlagsNothing() {
        assertTrue(Segments.find(S, 10, SegmentRules.NONE).isEmpty());
        assertTrue(Segments.find(S, Double.NaN, SegmentRules.NONE).isEmpty());
    }

    @Test
    void segmentTimesAreFrameStartsAndTheEndOfTheLastFrame() {
        FlaggedSegment s = new FlaggedSegment(25, 49, 30, 1);
        assertEquals(1.0, s.startSeconds(25), 1e-12);
        assertEquals(2.0, s.endSeconds(25), 1e-12);
        assertEquals(25, s.frames());
    }
}
