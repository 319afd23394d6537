package dev.vigil.ui.longvideo;

import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.WindowScore;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the player draws over a frame: only flagged frames, the map of the window behind the score, its hottest cell. */
class WhereInFrameTest {

    /**
     * 40 frames of a 120 × 80 video, 3 × 2 cells; windows 0–19 (score 1, calm map) and 20–39 (score 5, the bottom
     * right cell hot).
     */
    private static VideoTimeline video() {
        double[] scores = new double[40];
        Arrays.fill(scores, 0, 20, 1);
        Arrays.fill(scores, 20, 40, 5);
        float[][] maps = {{0, 0, 0, 0, 0, 0}, {0.5f, 0, 0, 0, 1, 7}};
        return new VideoTimeline("v.mp4", Path.of("missing"), 10, scores,
                List.of(new WindowScore(new FrameWindow(0, 0, 19), 1),
                        new WindowScore(new FrameWindow(1, 20, 39), 5)),
                List.of(new FlaggedSegment(20, 39, 20, 5)), new AnomalyMaps(3, 2, 120, 80, maps));
    }

    @Test
    void aFlaggedFrameShowsItsWindowsMapAndTheHottestCell() {
        WhereInFrame where = WhereInFrame.of(video(), 25, 3).orElseThrow();
        assertEquals(7, where.map()[5]);
        assertEquals(new AnomalyMaps.Box(80, 40, 40, 40), where.box());
    }

    @Test
    void aCalmFrameOrAVideoWithoutMapsShowsNothing() {
        assertTrue(WhereInFrame.of(video(), 5, 3).isEmpty());
        VideoTimeline plain = new VideoTimeline("p.mp4", Path.of("missing"), 10, new double[] {9, 9}, List.of(),
                List.of());
        assertTrue(WhereInFrame.of(plain, 1, 3).isEmpty());
    }

    @Test
    void theReviewFollowsThePlayerAndTheSwitch() {
        try (LongVideoReviewViewModel model = new LongVideoReviewViewModel(Runnable::run)) {
            VideoTimeline video = video();
            model.thresholdProperty().set(3);
            model.selectedProperty().set(video);
            // the player cannot open the missing file: its position stays before the first frame
            assertSame(null, model.whereProperty().get());
            assertTrue(model.showWhereProperty().get(), "on by default");
            model.showWhereProperty().set(false);
            assertSame(null, model.whereProperty().get());
            assertFalse(model.showWhereProperty().get());
        }
    }

    @Test
    void theSegmentsBoxIsTheHottestCellAtItsPeak() {
        VideoTimeline video = video();
        assertEquals(new AnomalyMaps.Box(80, 40, 40, 40), video.boxOf(video.segments().get(0)).orElseThrow());
    }
}
