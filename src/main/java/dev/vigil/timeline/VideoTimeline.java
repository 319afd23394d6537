package dev.vigil.timeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The anomaly timeline of one video: what the workbench draws under the player.
 *
 * @param name         the video's name (its path relative to the test folder)
 * @param file         the video file
 * @param fps          frames per second
 * @param frameScores  one score per frame, index 0 = first frame; higher is more anomalous
 * @param windowScores the score of each window, from which the frame scores come
 * @param segments     the flagged segments at the run's threshold
 */
public record VideoTimeline(String name, Path file, double fps, double[] frameScores, List<WindowScore> windowScores,
                            List<FlaggedSegment> segments) {

    public VideoTimeline {
        windowScores = List.copyOf(windowScores);
        segments = List.copyOf(segments);
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

    /**
     * The score of one window.
     *
     * @param window the window
     * @param score  its score; NaN when it was never embedded (the file ended before it)
     */
    public record WindowScore(FrameWindow window, double score) {
    }
}
