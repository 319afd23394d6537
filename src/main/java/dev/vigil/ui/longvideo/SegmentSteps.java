package dev.vigil.ui.longvideo;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.VideoTimeline;

import java.util.List;
import java.util.function.Function;

/**
 * Where next and previous flagged segment go: to a segment of the video shown, else to the nearest one of the next or
 * previous video that has any. Stepping crosses videos so that a reviewer can go through a whole run with one key.
 *
 * @param videos     the videos in list order
 * @param segmentsOf a video's flagged segments at the current threshold
 */
record SegmentSteps(List<VideoTimeline> videos, Function<VideoTimeline, List<FlaggedSegment>> segmentsOf) {

    /** A flagged segment and the video it is in. */
    record Jump(VideoTimeline video, FlaggedSegment segment) {
    }

    /** The first segment that starts after frame {@code at} of {@code video}, or of a later video; null if none. */
    Jump after(VideoTimeline video, long at) {
        if (video == null) {
            return null;
        }
        FlaggedSegment here = segmentsOf.apply(video).stream().filter(s -> s.first() > at).findFirst().orElse(null);
        if (here != null) {
            return new Jump(video, here);
        }
        for (int i = videos.indexOf(video) + 1; i < videos.size(); i++) {
            List<FlaggedSegment> later = segmentsOf.apply(videos.get(i));
            if (!later.isEmpty()) {
                return new Jump(videos.get(i), later.get(0));
            }
        }
        return null;
    }

    /**
     * The last segment that starts before frame {@code at} of {@code video} (the one it is in, past its start), or the
     * last of an earlier video; null if none.
     */
    Jump before(VideoTimeline video, long at) {
        if (video == null) {
            return null;
        }
        FlaggedSegment here = null;
        for (FlaggedSegment s : segmentsOf.apply(video)) {
            if (s.first() < at) {
                here = s;
            }
        }
        if (here != null) {
            return new Jump(video, here);
        }
        for (int i = videos.indexOf(video) - 1; i >= 0; i--) {
            List<FlaggedSegment> earlier = segmentsOf.apply(videos.get(i));
            if (!earlier.isEmpty()) {
                return new Jump(videos.get(i), earlier.get(earlier.size() - 1));
            }
        }
        return null;
    }
}
