package dev.vigil.cli;

import dev.vigil.live.EventRecorder;
import dev.vigil.live.Gap;
import dev.vigil.live.LiveEvent;
import dev.vigil.live.LivePicture;
import dev.vigil.live.LiveListener;
import dev.vigil.live.LiveStats;
import dev.vigil.timeline.AnomalyMaps;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The lines {@code vigil watch} prints: on stdout one line when an event opens (the alert) and one when it closes,
 * each starting with the UTC time, so that a script can follow them; on stderr the stream's losses and gaps.
 */
final class AlertPrinter implements LiveListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private LiveStats last;

    AlertPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void eventOpened(LiveEvent e, List<LivePicture> preRoll) {
        out.printf(Locale.ROOT, "%s ALERT event %d opened: score %.4g >= %.4g since %s (frame %d)%s, %.2f s after "
                        + "its first frame%n", Instant.ofEpochMilli(e.alertMillis()), e.id(), e.peakScore(), e.threshold(),
                Instant.ofEpochMilli(e.startMillis()), e.firstFrame() + 1, box(e.box()), e.latencySeconds());
        out.flush();
    }

    @Override
    public void eventClosed(LiveEvent e, LivePicture peak) {
        out.printf(Locale.ROOT, "%s CLOSED event %d: %s to %s (%.1f s, frames %d-%d), peak %.4g at frame %d%s, "
                        + "clip %s%n", Instant.ofEpochMilli(e.alertMillis()), e.id(), Instant.ofEpochMilli(e.startMillis()),
                Instant.ofEpochMilli(e.endMillis()), e.durationSeconds(), e.firstFrame() + 1, e.lastFrame() + 1,
                e.peakScore(), e.peakFrame() + 1, box(e.box()), EventRecorder.clipPath(e.id()));
        out.flush();
    }

    @Override
    public void streamLost(String reason, long wallMillis) {
        err.println("watch: " + Instant.ofEpochMilli(wallMillis) + " stream lost (" + reason + "); reconnecting");
        err.flush();
    }

    @Override
    public void gap(Gap gap, long nextFrame) {
        err.printf(Locale.ROOT, "watch: %s gap of %.1f s before frame %d: %s%n", Instant.ofEpochMilli(gap.endMillis()),
                gap.seconds(), nextFrame + 1, gap.reason());
        err.flush();
    }

    @Override
    public void stats(LiveStats stats) {
        last = stats;
    }

    /** The last status seen, or null. */
    LiveStats lastStats() {
        return last;
    }

    private static String box(AnomalyMaps.Box b) {
        return b == null ? "" : String.format(Locale.ROOT, ", box x=%d y=%d w=%d h=%d", b.x(), b.y(), b.width(),
                b.height());
    }
}
