package dev.vigil.ui.longvideo;

import dev.vigil.timeline.EventCounts;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.timeline.VideoAuroc;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.player.TimeText;

import java.util.List;
import java.util.Locale;

/** The lines the long-video review shows about a run and a video, in words and compact numbers. */
public final class LongVideoFacts {

    private LongVideoFacts() {
    }

    /** A video's highest frame score, NaN when it has none. */
    public static double peak(VideoTimeline video) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double score : video.frameScores()) {
            if (Double.isFinite(score)) {
                peak = Math.max(peak, score);
            }
        }
        return peak == Double.NEGATIVE_INFINITY ? Double.NaN : peak;
    }

    /** "400 frames at 25 fps (00:16.00) · peak 812.4 at 00:07.12 · 1 flagged segment, 4.2 s". */
    static String selected(VideoTimeline video, List<FlaggedSegment> flagged) {
        if (video == null) {
            return "";
        }
        double peak = peak(video);
        long peakFrame = 0;
        for (int f = 0; f < video.frames(); f++) {
            if (video.frameScores()[f] == peak) {
                peakFrame = f;
                break;
            }
        }
        long flaggedFrames = flagged.stream().mapToLong(FlaggedSegment::frames).sum();
        return String.format(Locale.ROOT, "%,d frames at %s fps (%s) · peak %s at %s · %s", video.frames(),
                Numbers.compact(video.fps()), TimeText.of(video.frames() / video.fps()), Numbers.compact(peak),
                TimeText.of(video.timeOf(peakFrame)), flagged.isEmpty() ? "nothing flagged"
                        : flagged.size() + (flagged.size() == 1 ? " flagged segment, " : " flagged segments, ")
                        + Numbers.seconds(flaggedFrames / video.fps()));
    }

    /** The micro-averaged frame-level AUROC over all frames, or "no ground truth". */
    static String frameAuroc(TimelineResult shown) {
        return shown == null ? "" : shown.metrics()
                .map(m -> Numbers.compact(round(m.frameAuroc())) + " over " + String.format(Locale.ROOT, "%,d",
                        m.frames()) + " frames (" + String.format(Locale.ROOT, "%,d", m.anomalousFrames())
                        + " in events)").orElse("no ground truth");
    }

    /** The video's AUROC on its own frames and the mean over videos, or why it is undefined. */
    static String videoAuroc(TimelineResult shown, VideoTimeline video) {
        if (shown == null || shown.metrics().isEmpty()) {
            return "";
        }
        var metrics = shown.metrics().get();
        String mean = "mean " + Numbers.compact(round(metrics.meanVideoAuroc())) + " over " + metrics.videosWithAuroc()
                + " of " + metrics.perVideo().size() + " videos";
        VideoAuroc own = video == null ? null : metrics.perVideo().stream().filter(v -> v.video()
                .equals(video.name())).findFirst().orElse(null);
        if (own == null) {
            return mean;
        }
        return (own.defined() ? "this video " + Numbers.compact(round(own.auroc())) : "this video " + own.note())
                + " · " + mean;
    }

    /** Events hit and false alarms at the threshold (at the run's when the folder kept no events). */
    static String events(TimelineResult shown, double threshold) {
        if (shown == null || shown.metrics().isEmpty()) {
            return "";
        }
        boolean here = shown.hasEvents();
        EventCounts counts = here ? shown.eventCountsAt(threshold) : shown.metrics().get().events();
        return counts.hits() + " of " + counts.events() + " hit · " + counts.falseAlarms() + " of " + counts.segments()
                + " segments false alarms" + (here ? "" : " (at the run's threshold)");
    }

    /** Where the threshold comes from. */
    static String thresholdNote(TimelineResult shown, double threshold) {
        return shown == null ? "" : threshold == shown.threshold() ? "The run's threshold (" + shown.thresholdSource()
                + ")" : "Set here; the run's is " + Numbers.compact(shown.threshold());
    }

    /** The slider's ends: the lowest and highest frame score of all videos, widened to take in the run's threshold. */
    static double[] scoreRange(TimelineResult shown) {
        double low = shown.threshold();
        double high = shown.threshold();
        for (VideoTimeline video : shown.videos()) {
            for (double score : video.frameScores()) {
                if (Double.isFinite(score)) {
                    low = Math.min(low, score);
                    high = Math.max(high, score);
                }
            }
        }
        return new double[] {low, high > low ? high : low + 1};
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
