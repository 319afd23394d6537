package dev.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.IoErrors;
import dev.vigil.io.OutputPaths;
import dev.vigil.live.EventLog;
import dev.vigil.live.EventRecorder;
import dev.vigil.live.FrameScoreLog;
import dev.vigil.live.Listeners;
import dev.vigil.live.LiveModel;
import dev.vigil.live.LiveModels;
import dev.vigil.live.LiveSource;
import dev.vigil.live.LiveWatch;
import dev.vigil.live.WatchFiles;
import dev.vigil.live.WatchSettings;
import dev.vigil.video.VideoException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Scores a live source with a bundle as its frames come, and keeps the events. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch a live camera (or a file) with a detector bundle: score windows as frames arrive, "
                + "print an alert line when an anomaly starts and when it ends, and keep each event.",
                "SOURCE: rtsp://, rtmp://, http(s)://, udp://, rtp://, srt:// or tcp:// address; v4l2:/dev/videoN "
                        + "for a capture device; or a video file (as fast as it decodes, --realtime at its own "
                        + "frame rate, --follow while it grows).",
                "Writes to --out: events.csv and events.jsonl (one row per event, written atomically), "
                        + "snapshots/event-NNNN.jpg (peak frame with its box), clips/event-NNNN.mp4 (with pre- and "
                        + "post-roll), frame_scores/YYYY-MM-DDTHH.csv (every frame's score, hourly, gaps as rows) "
                        + "and watch.json.",
                "A stream that drops is reconnected with back-off; when scoring falls --queue behind, frames are "
                        + "skipped until it has caught up half of that, and counted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the source ended (a file) or --duration was reached",
                "1:the source could not be opened, or scoring failed",
                "2:the bundle cannot be used, --out cannot be written, or an option is wrong",
                "130:stopped with Ctrl+C (the open event is closed and kept)"})
final class WatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Stream address, v4l2:DEVICE, or video file.")
    private String sourceText;

    @Option(names = "--bundle", required = true, paramLabel = "FILE",
            description = "Detector bundle (.vigil): a timeline bundle, or a clip bundle (one window per clip).")
    private Path bundleFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Watch folder for the events.")
    private Path out;

    @Option(names = "--pre", paramLabel = "TIME", defaultValue = "5s", converter = Seconds.class,
            description = "Video kept before an event for its clip (default: ${DEFAULT-VALUE}).")
    private double pre;

    @Option(names = "--post", paramLabel = "TIME", defaultValue = "5s", converter = Seconds.class,
            description = "Video recorded after an event for its clip (default: ${DEFAULT-VALUE}).")
    private double post;

    @Option(names = "--realtime", description = "Play a file at its own frame rate, as a camera delivers it.")
    private boolean realtime;

    @Option(names = "--follow", description = "Read a file on while it grows.")
    private boolean follow;

    @Option(names = "--duration", paramLabel = "TIME", converter = Seconds.class,
            description = "Stop after this long (default: until the source ends or Ctrl+C).")
    private Double duration;

    @Option(names = "--picture-width", paramLabel = "PIXELS", defaultValue = "640",
            description = "Widest picture kept for snapshots and clips (default: ${DEFAULT-VALUE}).")
    private int pictureWidth;

    @Option(names = "--queue", paramLabel = "TIME", defaultValue = "2s", converter = Seconds.class,
            description = "Frames that may wait for scoring before frames are skipped (default: ${DEFAULT-VALUE}).")
    private double queue;

    @Option(names = "--connect-timeout", paramLabel = "TIME", defaultValue = "10s", converter = Seconds.class,
            description = "Give up when the source cannot be opened within this time (default: ${DEFAULT-VALUE}).")
    private double connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "TIME", defaultValue = "3s", converter = Seconds.class,
            description = "A stream silent this long counts as lost and is reconnected (default: ${DEFAULT-VALUE}).")
    private double readTimeout;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        LiveSource source;
        WatchSettings settings;
        try {
            source = LiveSource.parse(sourceText);
            settings = new WatchSettings(pre, post, realtime, follow, pictureWidth, queue, connectTimeout,
                    readTimeout, 10);
        } catch (IllegalArgumentException e) {
            err.println("watch: " + e.getMessage());
            return 2;
        }
        Optional<String> unwritable = OutputPaths.folderProblem(out);
        if (unwritable.isPresent()) {
            err.println("watch: --out " + unwritable.get());
            return 2;
        }
        LiveModels.Opened opened;
        try {
            opened = LiveModels.open(bundleFile, BackboneRegistry.locate());
        } catch (IOException e) {
            err.println("watch: " + IoErrors.describe(e));
            return 2;
        }
        try (opened) {
            return watch(source, settings, opened.model(), stdout, err);
        }
    }

    private int watch(LiveSource source, WatchSettings settings, LiveModel model, PrintWriter stdout,
                      PrintWriter err) {
        LiveWatch watch;
        try {
            watch = LiveWatch.connect(source, settings, model);
        } catch (IOException e) {
            err.println("watch: " + e.getMessage());
            return 1;
        }
        long start = System.currentTimeMillis();
        Interrupt interrupt = new Interrupt(watch);
        try (FrameScoreLog scores = new FrameScoreLog(out, start);
             EventRecorder events = new EventRecorder(out, watch.frameRate(), settings.postSeconds(),
                     watch.sourceWidth(), watch.sourceHeight(), w -> err.println("watch: " + w))) {
            writeIndex(watch, model, start);
            int firstId = new EventLog(out).existing() + 1;
            err.printf(Locale.ROOT, "watch: %s (%dx%d, %.3g fps) with %s (threshold %.4g, windows of %d frames "
                            + "every %d) on %s; events to %s%n", source, watch.sourceWidth(), watch.sourceHeight(),
                    watch.frameRate(), model.name(), model.threshold(), model.windows().length(),
                    model.windows().stride(), model.backbone().device(), out.toAbsolutePath());
            err.flush();
            AlertPrinter printer = new AlertPrinter(stdout, err);
            Thread timer = duration == null ? null : stopAfter(watch, duration);
            interrupt.install();
            LiveWatch.Summary summary = watch.run(new Listeners(scores, events, printer), firstId);
            if (timer != null) {
                timer.interrupt();
            }
            err.printf(Locale.ROOT, "watch: %s; %d frames, %d skipped, %d event(s)%n", interrupt.fired()
                    ? "stopped" : summary.endReason(), summary.frames(), summary.skipped(), summary.events());
            err.flush();
            return interrupt.fired() ? 130 : 0;
        } catch (VideoException | BackboneException e) {
            err.println("watch: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("watch: " + IoErrors.describe(e));
            return 1;
        } finally {
            interrupt.done();
        }
    }

    private void writeIndex(LiveWatch watch, LiveModel model, long start) throws IOException {
        ObjectNode index = new ObjectMapper().createObjectNode();
        index.put("format", 1);
        index.put("source", watch.source().text());
        index.put("bundle", bundleFile.toAbsolutePath().toString());
        index.put("bundle_name", model.name());
        index.put("backbone", model.backbone().card().id());
        index.put("detector", model.detector().name());
        index.put("threshold", model.threshold());
        index.put("threshold_source", model.thresholdSource());
        index.put("window", model.windows().length());
        index.put("stride", model.windows().stride());
        index.put("fps", watch.frameRate());
        index.put("width", watch.sourceWidth());
        index.put("height", watch.sourceHeight());
        index.put("picture_width", watch.pictureWidth());
        index.put("picture_height", watch.pictureHeight());
        index.put("started", Instant.ofEpochMilli(start).toString());
        AtomicFiles.writeBytes(out.resolve(WatchFiles.INDEX), new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(index));
    }

    private static Thread stopAfter(LiveWatch watch, double seconds) {
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep((long) (seconds * 1000));
                watch.stop();
            } catch (InterruptedException e) {
                // the watch ended first
            }
        }, "vigil-watch-duration");
        timer.setDaemon(true);
        timer.start();
        return timer;
    }

    /**
     * Ctrl+C: the JVM runs its shutdown hooks, and this one stops the watch and waits until the open event is
     * closed and written before the JVM goes (its exit code is then 130, as for any interrupted command).
     */
    private static final class Interrupt {
        private final LiveWatch watch;
        private final CountDownLatch finished = new CountDownLatch(1);
        private volatile boolean fired;
        private Thread hook;

        Interrupt(LiveWatch watch) {
            this.watch = watch;
        }

        void install() {
            hook = new Thread(() -> {
                fired = true;
                watch.stop();
                try {
                    finished.await(15, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "vigil-watch-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        boolean fired() {
            return fired;
        }

        void done() {
            finished.countDown();
            if (hook != null && !fired) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down
                }
            }
        }
    }
}
