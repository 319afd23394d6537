package dev.vigil.report;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.VideoAuroc;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.folder.TimelineResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.vigil.report.RunReportPage.number;

/** The report of a long-video output folder: settings, measures, and each video's timeline with its segments. */
final class TimelineReportPage {

    private TimelineReportPage() {
    }

    static String html(TimelineResult result) {
        String name = result.dir().getFileName().toString();
        Html body = new Html();
        body.element("h1", "Vigil long videos " + name);
        body.raw("<p class=\"lead\">").text(result.videos().size() + " video(s) scored frame by frame by "
                + result.detector() + " on " + result.backbone()).raw("</p>\n");
        body.element("h2", "Settings");
        body.table(new String[] {"setting", "value"}, List.of(
                new String[] {"backbone", result.backbone()},
                new String[] {"detector", result.detector()},
                new String[] {"window", result.windows().length() + " frames every " + result.windows().stride()},
                new String[] {"aggregation", result.aggregation().id()},
                new String[] {"smoothing", result.smoothing().describe()},
                new String[] {"threshold", number(result.threshold()) + " (" + result.thresholdSource() + ")"},
                new String[] {"segments", "at least " + result.segmentRules().minLength() + " frames, gaps up to "
                        + result.segmentRules().gap() + " closed"}));
        result.metrics().ifPresent(metrics -> measures(body, metrics));
        body.element("h2", "Videos");
        List<String[]> rows = new ArrayList<>();
        for (VideoTimeline video : result.videos()) {
            List<FlaggedSegment> segments = video.segmentsAt(result.threshold(), result.segmentRules());
            double peak = java.util.Arrays.stream(video.frameScores()).filter(Double::isFinite).max().orElse(Double.NaN);
            rows.add(new String[] {video.name(), Integer.toString(video.frames()), number(peak),
                    Integer.toString(segments.size()), Integer.toString(result.eventsOf(video.name()).size())});
        }
        body.table(new String[] {"video", "frames", "peak score", "flagged segments", "events"}, rows);
        for (VideoTimeline video : result.videos()) {
            timeline(body, result, video);
        }
        if (!result.skipped().isEmpty()) {
            body.element("h2", "Skipped");
            body.table(new String[] {"video", "reason"}, result.skipped().stream()
                    .map(issue -> new String[] {issue.video(), issue.reason()}).toList());
        }
        return Html.page("Vigil long videos " + name, body.toString());
    }

    private static void measures(Html body, TimelineMetrics metrics) {
        body.element("h2", "Measures");
        body.raw("<p>").text(String.format(Locale.ROOT, "Frame-level AUROC %s (micro, %d frames, %d anomalous); "
                        + "events hit %d of %d, false-alarm segments %d of %d.", number(metrics.frameAuroc()),
                metrics.frames(), metrics.anomalousFrames(), metrics.events().hits(), metrics.events().events(),
                metrics.events().falseAlarms(), metrics.events().segments())).raw("</p>\n");
        List<String[]> rows = new ArrayList<>();
        for (VideoAuroc video : metrics.perVideo()) {
            rows.add(new String[] {video.video(), video.defined() ? number(video.auroc()) : video.note()});
        }
        body.table(new String[] {"video", "AUROC"}, rows);
    }

    private static void timeline(Html body, TimelineResult result, VideoTimeline video) {
        List<FlaggedSegment> flagged = video.segmentsAt(result.threshold(), result.segmentRules());
        List<long[]> segments = flagged.stream().map(s -> new long[] {s.first(), s.last()}).toList();
        List<long[]> events = result.eventsOf(video.name()).stream()
                .map((FrameRange e) -> new long[] {e.first(), e.last()}).toList();
        body.element("h3", video.name());
        body.figure(ChartImage.of("Timeline of " + video.name() + ": scores, threshold (dashed), flagged segments "
                + "(red) and ground-truth events (grey)", ReportCharts.timeline(video.name(), video.frameScores(),
                video.fps(), result.threshold(), segments, events), 1000, 300));
        if (!flagged.isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            for (FlaggedSegment s : flagged) {
                rows.add(new String[] {Long.toString(s.first() + 1), Long.toString(s.last() + 1),
                        seconds(video.timeOf(s.first())), seconds(video.timeOf(s.last())), number(s.peakScore())});
            }
            body.table(new String[] {"first frame", "last frame", "from", "to", "peak score"}, rows);
        }
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }
}
