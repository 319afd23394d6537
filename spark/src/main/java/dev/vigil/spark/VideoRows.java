package dev.vigil.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a timeline bundle gives one video, as the output datasets hold it.
 *
 * @param frameScores one per frame (empty when the video failed)
 * @param segments    the flagged segments
 */
record VideoRows(ClipRow clip, double fps, double[] frameScores, List<Segment> segments) implements Serializable {

    static VideoRows failed(VideoInput video, String reason) {
        return new VideoRows(ClipRow.failed(video, reason), 0, new double[0], List.of());
    }

    /**
     * One flagged segment, with the columns of the timeline's segments.csv: frames 1-based and inclusive, times in
     * seconds, and the box of the hottest cell at its peak (null without anomaly maps).
     */
    record Segment(int segment, long startFrame, long endFrame, double startTime, double endTime, long frames,
                   long peakFrame, double peakScore, Integer boxX, Integer boxY, Integer boxW, Integer boxH)
            implements Serializable {
    }
}
