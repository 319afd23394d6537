package dev.vigil.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Frame- and event-level measures on two tiny videos, against values worked out by hand. */
class TimelineMetricsTest {

    // video a: 5 frames, frames 2-3 anomalous
    private static final LabelledVideo A = new LabelledVideo("a", new double[] {0.1, 0.4, 0.8, 0.3, 0.2},
            new boolean[] {false, false, true, true, false},
            List.of(new FlaggedSegment(2, 2, 2, 0.8)), List.of(new FrameRange(2, 3)));
    // video b: 4 frames, frame 0 anomalous
    private static final LabelledVideo B = new LabelledVideo("b", new double[] {0.5, 0.6, 0.05, 0.35},
            new boolean[] {true, false, false, false},
            List.of(new FlaggedSegment(0, 1, 1, 0.6), new FlaggedSegment(3, 3, 3, 0.35)),
            List.of(new FrameRange(0, 0)));
    // video c: 3 normal frames
    private static final LabelledVideo C = new LabelledVideo("c", new double[] {0.9, 0.1, 0.1},
            new boolean[] {false, false, false}, List.of(new FlaggedSegment(0, 0, 0, 0.9)), List.of());

    @Test
    void microAurocPoolsTheFramesOfAllVideos() {
        // positives 0.8, 0.3, 0.5; negatives 0.1, 0.4, 0.2, 0.6, 0.05, 0.35
        // 0.8 beats 6, 0.3 beats 3 (0.1, 0.2, 0.05), 0.5 beats 5 (all but 0.6): 14 of 18 pairs
        TimelineMetrics m = TimelineMetrics.of(List.of(A, B));
        assertEquals(14.0 / 18, m.frameAuroc(), 1e-12);
        assertEquals(9, m.frames());
        assertEquals(3, m.anomalousFrames());
    }

    @Test
    void perVideoAurocUsesEachVideosOwnFramesAndTheMeanIsOverDefinedOnes() {
        TimelineMetrics m = TimelineMetrics.of(List.of(A, B, C));
        // a: 0.8 beats 3, 0.3 beats 2 (0.1, 0.2): 5 of 6; b: 0.5 beats 0.05 and 0.35: 2 of 3
        assertEquals(5.0 / 6, m.perVideo().get(0).auroc(), 1e-12);
        assertEquals(2.0 / 3, m.perVideo().get(1).auroc(), 1e-12);
        VideoAuroc c = m.perVideo().get(2);
        assertFalse(c.defined());
        assertTrue(c.note().contains("no anomalous frames"), c.note());
        assertEquals((5.0 / 6 + 2.0 / 3) / 2, m.meanVideoAuroc(), 1e-12);
        assertEquals(2, m.videosWithAuroc());
        // c's frames join the pool: 0.9 outranks every positive, and the two 0.1 add to the wins
        // pairs: 3 positives x 9 negatives = 27; wins: 0.8 beats 8 (all but 0.9), 0.3 beats 5, 0.5 beats 7
        assertEquals(20.0 / 27, m.frameAuroc(), 1e-12);
    }

    @Test
    void anEventIsHitWhenASegmentOverlapsItAndOtherSegmentsAreFalseAlarms() {
        EventCounts e = TimelineMetrics.of(List.of(A, B, C)).events();
        assertEquals(new EventCounts(2, 2, 4, 2), e);
        assertEquals(1.0, e.hitRate(), 0);
        LabelledVideo missed = new LabelledVideo("d", new double[] {0, 0, 0, 0}, new boolean[] {false, false, true,
                true}, List.of(new FlaggedSegment(0, 1, 0, 0)), List.of(new FrameRange(2, 3)));
        assertEquals(new EventCounts(1, 0, 1, 1), TimelineMetrics.of(List.of(missed)).events());
    }

    @Test
    void tiesCountOneHalfAndOneClassEverywhereIsUndefined() {
        LabelledVideo tied = new LabelledVideo("t", new double[] {0.5, 0.5}, new boolean[] {true, false},
                List.of(), List.of(new FrameRange(0, 0)));
        assertEquals(0.5, TimelineMetrics.of(List.of(tied)).frameAuroc(), 0);
        assertTrue(Double.isNaN(TimelineMetrics.of(List.of(C)).frameAuroc()));
        assertTrue(Double.isNaN(TimelineMetrics.of(List.of(C)).meanVideoAuroc()));
    }
}
