package dev.vigil.ui.live;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.live.EventLog;
import dev.vigil.live.EventRecorder;
import dev.vigil.live.FrameScoreLog;
import dev.vigil.live.Listeners;
import dev.vigil.live.LiveListener;
import dev.vigil.live.LiveModels;
import dev.vigil.live.LiveSource;
import dev.vigil.live.LiveWatch;
import dev.vigil.live.WatchSettings;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A watch run for the workbench on its own thread, with the same outputs as {@code vigil watch} (event files,
 * snapshots, clips, hourly frame scores) in a watch folder, so that an alert's clip can be replayed.
 */
final class LiveWatchJob implements Runnable {

    private final String source;
    private final Path bundle;
    private final Path out;
    private final WatchSettings settings;
    private final LiveListener listener;
    private final Consumer<LiveWatch> onStart;
    private final Consumer<String> onEnd;
    private volatile LiveWatch watch;
    private volatile boolean stopped;

    /**
     * @param listener hears the watch on the watch's thread
     * @param onStart  told, on the watch's thread, of the connected watch (frame rate, sizes, model)
     * @param onEnd    told once, on the watch's thread, how the watch ended (a reason, or an error message)
     */
    LiveWatchJob(String source, Path bundle, Path out, WatchSettings settings, LiveListener listener,
                 Consumer<LiveWatch> onStart, Consumer<String> onEnd) {
        this.source = source;
        this.bundle = bundle;
        this.out = out;
        this.settings = settings;
        this.listener = listener;
        this.onStart = onStart;
        this.onEnd = onEnd;
    }

    @Override
    public void run() {
        String end;
        try (LiveModels.Opened opened = LiveModels.open(bundle, BackboneRegistry.locate())) {
            LiveWatch w = LiveWatch.connect(LiveSource.parse(source), settings, opened.model());
            watch = w;
            onStart.accept(w);
            if (stopped) {
                w.stop();
            }
            long start = System.currentTimeMillis();
            try (FrameScoreLog scores = new FrameScoreLog(out, start);
                 EventRecorder events = new EventRecorder(out, w.frameRate(), settings.postSeconds(),
                         w.sourceWidth(), w.sourceHeight(), warning -> { })) {
                LiveWatch.Summary summary = w.run(new Listeners(scores, events, listener),
                        new EventLog(out).existing() + 1);
                end = (stopped ? "stopped" : summary.endReason()) + ": " + summary.frames() + " frames, "
                        + summary.skipped() + " skipped, " + summary.events() + " event(s)";
            }
        } catch (Exception | Error e) {
            end = String.valueOf(e.getMessage());
        }
        onEnd.accept(end);
    }

    /** Stops from any thread; the open event is closed and kept. */
    void stop() {
        stopped = true;
        LiveWatch w = watch;
        if (w != null) {
            w.stop();
        }
    }

    Path out() {
        return out;
    }
}
