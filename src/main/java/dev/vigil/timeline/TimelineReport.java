package dev.vigil.timeline;

import java.util.List;
import java.util.Optional;

/**
 * What a timeline run found.
 *
 * @param backbone       id of the backbone
 * @param detectorName   the detector with its settings, e.g. "kNN distance (k = 5)"
 * @param settings       the settings it ran with
 * @param threshold      the threshold on frame scores and how it was chosen
 * @param training       counts of the training: videos, stride, windows learnt and held out
 * @param videos         the scored test videos, in name order
 * @param events         per test video, its ground-truth events (empty lists without ground truth)
 * @param metrics        frame- and event-level measures, when ground truth was given
 * @param skipped        training and test videos that were skipped, with the reason
 * @param notes          test videos scored only in part (the file ended before the frames it declares)
 * @param truthUnmatched names in the ground truth that match no test video
 */
public record TimelineReport(String backbone, String detectorName, TimelineSettings settings,
                             ThresholdRule.Threshold threshold, TrainingCounts training, List<VideoTimeline> videos,
                             List<List<FrameRange>> events, Optional<TimelineMetrics> metrics,
                             List<VideoIssue> skipped, List<VideoIssue> notes, List<String> truthUnmatched) {

    public TimelineReport {
        videos = List.copyOf(videos);
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
        truthUnmatched = List.copyOf(truthUnmatched);
    }

    /**
     * @param videos         training videos used
     * @param stride         stride of the training windows
     * @param windows        windows learnt
     * @param heldOutWindows windows held out for the threshold
     */
    public record TrainingCounts(int videos, int stride, int windows, int heldOutWindows) {
    }
}
