package dev.vigil.live;

import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameScores;
import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Segments;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.WindowSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frame scores, smoothing and segments computed frame by frame as a watch computes them equal what the timeline
 * computes over a whole video.
 */
class RollingScoresTest {

    @Test
    void frameScoresAsWindowsComeEqualThoseOfTheWholeVideo() {
        SplittableRandom random = new SplittableRandom(3);
        for (Aggregation aggregation : Aggregation.values()) {
            for (WindowSpec spec : List.of(new WindowSpec(16, 4), new WindowSpec(8, 8), new WindowSpec(5, 3))) {
                // frames a whole number of strides past the last window start: the offline plan adds no tail window
                int frames = spec.length() + 20 * spec.stride();
                List<FrameWindow> windows = spec.plan(frames);
                double[] windowScores = random.doubles(windows.size(), 0, 10).toArray();
                double[] expected = FrameScores.fromWindows(windowScores, windows, frames, aggregation);
                double[] actual = new double[frames];
                int[] count = {0};
                RollingFrameScores rolling = new RollingFrameScores(aggregation, (f, s) -> {
                    actual[(int) f] = s;
                    count[0]++;
                });
                rolling.startRun(0);
                for (FrameWindow w : windows) {
                    rolling.addWindow(w.first(), w.last(), windowScores[w.index()], w.first() + spec.stride());
                }
                rolling.endRun(frames - 1);
                assertEquals(frames, count[0]);
                assertArrayEquals(expected, actual, 1e-12, aggregation + " " + spec);
            }
        }
    }

    @Test
    void smoothingFrameByFrameEqualsSmoothingTheWholeRun() {
        SplittableRandom random = new SplittableRandom(5);
        for (Smoothing smoothing : List.of(Smoothing.NONE, new Smoothing(Smoothing.Kernel.BOX, 5),
                new Smoothing(Smoothing.Kernel.GAUSSIAN, 25), new Smoothing(Smoothing.Kernel.BOX, 60))) {
            double[] raw = random.doubles(50, 0, 10).toArray();
            double[] expected = smoothing.apply(raw);
            double[] actual = new double[raw.length];
            List<Long> order = new ArrayList<>();
            RollingSmoother smoother = new RollingSmoother(smoothing, (f, s) -> {
                actual[(int) (f - 100)] = s;
                order.add(f);
            });
            smoother.startRun(100);
            for (int i = 0; i < raw.length; i++) {
                smoother.accept(100 + i, raw[i]);
            }
            smoother.endRun();
            assertEquals(raw.length, order.size());
            for (int i = 0; i < order.size(); i++) {
                assertEquals(100 + i, order.get(i), "frames are handed on in order");
            }
            assertArrayEquals(expected, actual, 1e-9, smoothing.describe());
        }
    }

    @Test
    void segmentsFrameByFrameEqualThoseOfTheWholeVideo() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            SegmentRules rules = new SegmentRules(1 + random.nextInt(6), random.nextInt(5));
            double[] scores = new double[40 + random.nextInt(80)];
            double level = 0;
            for (int f = 0; f < scores.length; f++) {
                // runs above and below the threshold of varied lengths
                if (random.nextInt(5) == 0) {
                    level = random.nextBoolean() ? 1 : 0;
                }
                scores[f] = level + random.nextDouble(0, 0.9);
            }
            List<FlaggedSegment> expected = Segments.find(scores, 1.0, rules);
            List<FlaggedSegment> opened = new ArrayList<>();
            List<FlaggedSegment> closed = new ArrayList<>();
            SegmentTracker tracker = new SegmentTracker(1.0, rules);
            for (int f = 0; f < scores.length; f++) {
                SegmentTracker.Change change = tracker.accept(f, scores[f]);
                if (change == SegmentTracker.Change.OPENED) {
                    opened.add(tracker.current());
                    assertTrue(tracker.current().frames() >= rules.minLength(), "an alert once long enough");
                } else if (change == SegmentTracker.Change.CLOSED) {
                    closed.add(tracker.closed());
                }
            }
            if (tracker.endRun()) {
                closed.add(tracker.closed());
            }
            assertEquals(expected, closed, "rules " + rules);
            assertEquals(expected.size(), opened.size());
            for (int i = 0; i < opened.size(); i++) {
                assertEquals(expected.get(i).first(), opened.get(i).first(), "the alert names where it began");
            }
        }
    }
}
