package dev.vigil.ui.longvideo;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.VideoTimeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Next and previous flagged segment, within a video and across videos, skipping the videos with none. */
class SegmentStepsTest {

    private static final FlaggedSegment EARLY = new FlaggedSegment(10, 19, 10, 5);
    private static final FlaggedSegment LATE = new FlaggedSegment(50, 59, 50, 5);
    private static final FlaggedSegment OTHER = new FlaggedSegment(30, 39, 30, 5);

    private static VideoTimeline video(String name) {
        return new VideoTimeline(name, Path.of("missing", name), 25, new double[100], List.of(), List.of());
    }

    private final VideoTimeline first = video("a.mp4");
    private final VideoTimeline calm = video("b.mp4");
    private final VideoTimeline last = video("c.mp4");
    private final Map<VideoTimeline, List<FlaggedSegment>> flagged =
            Map.of(first, List.of(EARLY, LATE), calm, List.of(), last, List.of(OTHER));
    private final SegmentSteps steps = new SegmentSteps(List.of(first, calm, last), flagged::get);

    @Test
    void nextGoesToTheFollowingSegmentThenToTheNextVideoThatHasOne() {
        assertEquals(new SegmentSteps.Jump(first, EARLY), steps.after(first, 0));
        assertEquals(new SegmentSteps.Jump(first, LATE), steps.after(first, 10));
        assertEquals(new SegmentSteps.Jump(last, OTHER), steps.after(first, 50));
        assertNull(steps.after(last, 30));
        assertNull(steps.after(null, 0));
    }

    @Test
    void previousGoesToTheStartOfTheSegmentItIsInThenToTheLastOfAnEarlierVideo() {
        assertEquals(new SegmentSteps.Jump(first, LATE), steps.before(first, 55));
        assertEquals(new SegmentSteps.Jump(first, EARLY), steps.before(first, 50));
        assertEquals(new SegmentSteps.Jump(first, LATE), steps.before(last, 30));
        assertNull(steps.before(first, 10));
    }
}
