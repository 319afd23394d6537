package dev.vigil.timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The anomaly timeline of one video: what the workbench draws under the player.
 *
 * @param name         the video's name (its path relative to the test folder)
 * @param file         the video file
 * @param fps          frames per second
 * @param frameScores  one score per frame, index 0 = first frame; higher is more anomalous
 * @param windowScores the score of each window, from which the frame scores come
 * @param segments     the flagged segments at the run's threshold
 * @param maps         where in the frame each window was unusual, for backbones that say so; null otherwise
 */
public record VideoTimeline(String name, Path file, double fps, double[] frameScores, List<WindowScore> windowScores,
                            List<FlaggedSegment> segments, AnomalyMaps maps) {

    public VideoTimeline {
        windowScores = List.copyOf(windowScores);
        segments = List.copyOf(segments);
    }

    /** A timeline without anomaly maps. */
    public VideoTimeline(String name, Path file, double fps, double[] frameScores, List<WindowScore> windowScores,
                         List<FlaggedSegment> segments) {
        this(name, file, fps, frameScores, windowScores, segments, null);
    }

    public Optional<AnomalyMaps> anomalyMaps() {
        return Optional.ofNullable(maps);
    }

    /** Where the segment is, at its peak: the hottest cell of the map behind the peak frame's score. */
    public Optional<AnomalyMaps.Box> boxOf(FlaggedSegment segment) {
        return maps == null ? Optional.empty() : maps.boxAt(segment.peakFrame(), windowScores);
    }

    /** The anomaly map behind a frame's score, if the timeline has maps. */
    public Optional<float[]> mapAt(long frame) {
        return maps == null ? Optional.empty() : maps.at(frame, windowScores);
    }

    public int frames() {
        return frameScores.length;
    }

    /** Seconds from the start of the video to the start of a frame. */
    public double timeOf(long frame) {
        return frame / fps;
    }

    /** The flagged segments at another threshold (e.g. the workbench's slider), with the given rules. */
    public List<FlaggedSegment> segmentsAt(double threshold, SegmentRules rules) {
        return Segments.find(frameScores, threshold, rules);
    }
}
