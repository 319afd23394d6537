package dev.vigil.timeline.folder;

import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.EventCounts;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.WindowSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A timeline output folder read back ({@link TimelineFolder#load}): per video its frame scores and flagged
 * segments, and the run's threshold and settings. For the workbench's anomaly timeline:
 *
 * <pre>{@code
 * TimelineResult result = TimelineFolder.load(Path.of("timeline-out"));
 * VideoTimeline video = result.video("walk-fall.mp4").orElseThrow();
 * double[] scores = video.frameScores();
 * List<FlaggedSegment> atRun = video.segments();
 * List<FlaggedSegment> atSlider = video.segmentsAt(sliderValue, result.segmentRules());
 * EventCounts hits = result.eventCountsAt(sliderValue);
 * }</pre>
 *
 * @param dir             the folder
 * @param backbone        backbone id
 * @param detector        the detector with its settings
 * @param windows         window length and stride
 * @param aggregation     how window scores became frame scores
 * @param smoothing       the smoothing applied to frame scores
 * @param threshold       frames at or above it are flagged
 * @param thresholdSource how the threshold was chosen
 * @param segmentRules    minimum length and gap closing of the segments
 * @param videos          the scored videos, in name order
 * @param events          per video name, its ground-truth events; empty when the run had no ground truth (or was
 *                        written before events were kept)
 * @param metrics         the measures, when the run had ground truth
 * @param skipped         videos that were skipped, with the reason
 */
public record TimelineResult(Path dir, String backbone, String detector, WindowSpec windows, Aggregation aggregation,
                             Smoothing smoothing, double threshold, String thresholdSource, SegmentRules segmentRules,
                             List<VideoTimeline> videos, Map<String, List<FrameRange>> events,
                             Optional<TimelineMetrics> metrics, List<VideoIssue> skipped) {

    public TimelineResult {
        videos = List.copyOf(videos);
        events = Map.copyOf(events);
        skipped = List.copyOf(skipped);
    }

    /** The ground-truth events of a video; empty for a normal video, or when the events are not known. */
    public List<FrameRange> eventsOf(String name) {
        return events.getOrDefault(name, List.of());
    }

    /** True when the ground truth's events were kept, so event hits can be counted at any threshold. */
    public boolean hasEvents() {
        return !events.isEmpty();
    }

    /**
     * Event hits and false alarms of all videos at another threshold (with the run's segment rules); only meaningful
     * when {@link #hasEvents()}.
     */
    public EventCounts eventCountsAt(double threshold) {
        return EventCounts.of(videos.stream().map(v -> v.segmentsAt(threshold, segmentRules)).toList(),
                videos.stream().map(v -> eventsOf(v.name())).toList());
    }

    /** The video of this name (its path relative to the test folder, as in the output files). */
    public Optional<VideoTimeline> video(String name) {
        return videos.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The video scored from this file, wherever the path is given from. */
    public Optional<VideoTimeline> forFile(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        return videos.stream().filter(v -> v.file().toAbsolutePath().normalize().equals(wanted)).findFirst();
    }
}
