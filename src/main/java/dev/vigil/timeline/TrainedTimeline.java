package dev.vigil.timeline;

import dev.vigil.detector.Detector;

import java.util.List;
import java.util.Optional;

/**
 * A detector trained on the windows of normal recordings, with its threshold.
 *
 * @param detector        the fitted detector (close it when done)
 * @param threshold       the threshold on frame scores and how it was chosen
 * @param videos          training videos whose windows were used
 * @param trainStride     stride of the training windows (the scoring stride, larger when there were too many)
 * @param trainWindows    windows the detector learnt from
 * @param heldOutWindows  windows held out to set the threshold
 * @param heldOutScores   their scores
 * @param issues          training videos that were skipped, with the reason
 * @param maps            each place's normal for anomaly maps, for backbones laid out on cells; null otherwise
 */
public record TrainedTimeline(Detector detector, ThresholdRule.Threshold threshold, int videos, int trainStride,
                              int trainWindows, int heldOutWindows, double[] heldOutScores, List<VideoIssue> issues,
                              CellMapModel maps)
        implements AutoCloseable {

    public TrainedTimeline {
        issues = List.copyOf(issues);
    }

    public Optional<CellMapModel> cellMaps() {
        return Optional.ofNullable(maps);
    }

    @Override
    public void close() {
        detector.close();
    }
}
