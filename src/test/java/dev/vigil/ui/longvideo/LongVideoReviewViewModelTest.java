package dev.vigil.ui.longvideo;

import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.EventCounts;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.VideoAuroc;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.WindowSpec;
import dev.vigil.timeline.folder.TimelineResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongVideoReviewViewModelTest {

    private final LongVideoReviewViewModel model = new LongVideoReviewViewModel(Runnable::run);

    @AfterEach
    void close() {
        model.close();
    }

    /** Scores 1 everywhere, 5 on frames 100–149 and 3 on frames 300–309. */
    private static VideoTimeline video(String name) {
        double[] scores = new double[400];
        Arrays.fill(scores, 1);
        Arrays.fill(scores, 100, 150, 5);
        Arrays.fill(scores, 300, 310, 3);
        return new VideoTimeline(name, Path.of("missing", name), 25, scores, List.of(),
                List.of(new FlaggedSegment(100, 149, 100, 5)));
    }

    private static TimelineResult result() {
        VideoTimeline fall = video("fall.mp4");
        double[] flat = new double[100];
        Arrays.fill(flat, 2);
        VideoTimeline normal = new VideoTimeline("normal.mp4", Path.of("missing", "normal.mp4"), 25, flat, List.of(),
                List.of());
        TimelineMetrics metrics = new TimelineMetrics(0.95, 500, 50, List.of(new VideoAuroc("fall.mp4", 0.9, ""),
                new VideoAuroc("normal.mp4", Double.NaN, "undefined: no anomalous frames")), 0.9,
                new EventCounts(1, 1, 1, 0));
        return new TimelineResult(Path.of("out"), "builtin", "Gaussian", WindowSpec.DEFAULT, Aggregation.MAX,
                Smoothing.NONE, 4, "99th percentile of 40 held-out normal windows", new SegmentRules(5, 0),
                List.of(fall, normal), Map.of("fall.mp4", List.of(new FrameRange(95, 155)), "normal.mp4", List.of()),
                Optional.of(metrics), List.of());
    }

    @Test
    void theThresholdCutsTheSegmentsAgainWithTheRunsRules() {
        model.show(result());
        assertEquals("fall.mp4", model.selectedProperty().get().name());
        assertEquals(4, model.thresholdProperty().get());
        assertEquals(1, model.lowestProperty().get());
        assertEquals(5, model.highestProperty().get());
        assertEquals(List.of(new FlaggedSegment(100, 149, 100, 5)), model.segmentsProperty().get());
        assertTrue(model.thresholdNoteProperty().get().startsWith("The run's threshold (99th percentile"));

        model.thresholdProperty().set(2.5);
        assertEquals(List.of(100L, 300L), model.segmentsProperty().get().stream().map(FlaggedSegment::first).toList(),
                "the 10 frames at 3 are a segment: at least the minimum length of 5");
        assertEquals(List.of(), model.segmentsOf(model.videos().get(1)), "the normal video stays below");
        assertEquals("1 of 1 hit · 1 of 2 segments false alarms", model.eventsProperty().get());
        assertEquals("Set here; the run's is 4", model.thresholdNoteProperty().get());
        assertTrue(model.selectedFactsProperty().get().contains("peak 5 at 00:04.00"),
                model.selectedFactsProperty().get());
        assertTrue(model.selectedFactsProperty().get().endsWith("2 flagged segments, 2.4 s"),
                model.selectedFactsProperty().get());

        model.thresholdProperty().set(1.5);
        assertEquals(List.of(new FlaggedSegment(0, 99, 0, 2)), model.segmentsOf(model.videos().get(1)));
        assertEquals("1 of 1 hit · 2 of 3 segments false alarms", model.eventsProperty().get());

        model.resetThreshold();
        assertEquals(1, model.segmentsProperty().get().size());
        assertEquals("1 of 1 hit · 0 of 1 segments false alarms", model.eventsProperty().get());
    }

    @Test
    void nextAndPreviousFlaggedGoOnToTheVideosThatHaveSegments() {
        double[] flat = new double[100];
        Arrays.fill(flat, 2);
        VideoTimeline calm = new VideoTimeline("calm.mp4", Path.of("missing", "calm.mp4"), 25, flat, List.of(),
                List.of());
        VideoTimeline quiet = new VideoTimeline("quiet.mp4", Path.of("missing", "quiet.mp4"), 25, flat, List.of(),
                List.of());
        model.show(new TimelineResult(Path.of("out"), "builtin", "Gaussian", WindowSpec.DEFAULT, Aggregation.MAX,
                Smoothing.NONE, 4, "typed", new SegmentRules(5, 0), List.of(calm, video("fall.mp4"), quiet),
                Map.of(), Optional.empty(), List.of()));
        assertEquals("calm.mp4", model.selectedProperty().get().name());
        assertFalse(model.hasPreviousSegmentProperty().get(), "nothing flagged before the first video");
        assertTrue(model.hasNextSegmentProperty().get(), "the fall in the next video");

        model.nextSegment();
        assertEquals("fall.mp4", model.selectedProperty().get().name());
        assertEquals(Path.of("missing", "fall.mp4"), model.player().fileProperty().get());

        model.selectedProperty().set(model.videos().get(2));
        assertFalse(model.hasNextSegmentProperty().get(), "nothing flagged after the last video");
        model.previousSegment();
        assertEquals("fall.mp4", model.selectedProperty().get().name(), "back to the last segment before");

        model.selectedProperty().set(model.videos().get(2));
        model.thresholdProperty().set(6);
        assertFalse(model.hasPreviousSegmentProperty().get(), "above every score nothing is flagged anywhere");
        model.thresholdProperty().set(1.5);
        assertTrue(model.hasPreviousSegmentProperty().get(), "below 2 every video has a segment");
        model.previousSegment();
        assertEquals("fall.mp4", model.selectedProperty().get().name(),
                "the quiet video's segment starts at frame 0, not before the position");
        model.selectedProperty().set(model.videos().get(0));
        model.nextSegment();
        assertEquals("calm.mp4", model.selectedProperty().get().name(), "its own segment comes first");
    }

    @Test
    void theMeasuresComeFromTheRunAndThePerVideoAurocFollowsTheSelection() {
        model.show(result());
        assertEquals("0.95 over 500 frames (50 in events)", model.frameAurocProperty().get());
        assertEquals("this video 0.9 · mean 0.9 over 1 of 2 videos", model.videoAurocProperty().get());
        model.selectedProperty().set(model.videos().get(1));
        assertEquals("this video undefined: no anomalous frames · mean 0.9 over 1 of 2 videos",
                model.videoAurocProperty().get());
        assertEquals(Path.of("missing", "normal.mp4"), model.player().fileProperty().get());
    }
}
