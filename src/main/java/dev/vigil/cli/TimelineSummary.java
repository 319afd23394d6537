package dev.vigil.cli;

import dev.vigil.timeline.EventCounts;
import dev.vigil.timeline.ThresholdAdvice;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.TimelineReport;
import dev.vigil.timeline.VideoAuroc;
import dev.vigil.timeline.VideoTimeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The end of a timeline run on the terminal: threshold, each video's segments, and the measures. */
final class TimelineSummary {

    private TimelineSummary() {
    }

    static void print(PrintWriter out, TimelineReport report, Path dir) {
        TimelineReport.TrainingCounts training = report.training();
        out.printf(Locale.ROOT, "trained %s on %d window(s) of %d video(s) (stride %d), %d held out%n",
                report.detectorName(), training.windows(), training.videos(), training.stride(),
                training.heldOutWindows());
        out.printf(Locale.ROOT, "threshold %.6g (%s)%n", report.threshold().value(), report.threshold().source());
        ThresholdAdvice.of(report).ifPresent(warning -> out.println("warning: " + warning));
        for (VideoTimeline v : report.videos()) {
            String auroc = report.metrics().map(m -> "  " + auroc(m.perVideo().get(index(m, v.name()))))
                    .orElse("");
            out.printf(Locale.ROOT, "%s  %d frames  %d segment(s)%s%n", v.name(), v.frames(), v.segments().size(),
                    auroc);
        }
        report.metrics().ifPresent(m -> measures(out, m));
        out.println("wrote " + dir.toAbsolutePath().normalize());
        out.flush();
    }

    private static int index(TimelineMetrics m, String video) {
        for (int i = 0; i < m.perVideo().size(); i++) {
            if (m.perVideo().get(i).video().equals(video)) {
                return i;
            }
        }
        throw new IllegalStateException("no AUROC for " + video);
    }

    private static String auroc(VideoAuroc v) {
        return v.defined() ? String.format(Locale.ROOT, "AUROC %.4f", v.auroc()) : "AUROC " + v.note();
    }

    private static void measures(PrintWriter out, TimelineMetrics m) {
        out.printf(Locale.ROOT, "frame-level AUROC (micro, %d frames of %d video(s), %d anomalous): %s%n", m.frames(),
                m.perVideo().size(), m.anomalousFrames(), number(m.frameAuroc()));
        out.printf(Locale.ROOT, "mean per-video AUROC: %s (defined for %d of %d video(s))%n",
                number(m.meanVideoAuroc()), m.videosWithAuroc(), m.perVideo().size());
        EventCounts e = m.events();
        out.printf(Locale.ROOT, "events hit: %d / %d; false-alarm segments: %d of %d%n", e.hits(), e.events(),
                e.falseAlarms(), e.segments());
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "undefined (one class only)" : String.format(Locale.ROOT, "%.4f", value);
    }
}
