package dev.vigil.timeline;

import java.util.List;

/**
 * A scored test video with its ground truth: what the frame- and event-level measures need.
 *
 * @param name     the video's name
 * @param scores   one score per frame
 * @param labels   one label per frame, true inside an anomaly
 * @param segments the flagged segments
 * @param events   the ground-truth events, 0-based
 */
public record LabelledVideo(String name, double[] scores, boolean[] labels, List<FlaggedSegment> segments,
                            List<FrameRange> events) {

    public LabelledVideo {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException("video " + name + ": " + scores.length + " scores but " + labels.length
                    + " labels");
        }
        segments = List.copyOf(segments);
        events = List.copyOf(events);
    }
}
