package dev.vigil.ui.live;

import dev.vigil.experiment.bundle.RunBundles;
import dev.vigil.live.Gap;
import dev.vigil.live.LiveEvent;
import dev.vigil.live.LivePicture;
import dev.vigil.live.LiveListener;
import dev.vigil.live.LiveStats;
import dev.vigil.live.LiveWatch;
import dev.vigil.live.WatchSettings;
import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.ui.player.AnomalyOverlay;
import dev.vigil.ui.task.UiBatcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The live view: a source and a bundle to watch, the live picture with the anomaly map of the latest flagged
 * window, the anomaly timeline of the last minutes with the threshold, the alerts, and a status line (frames/s,
 * skipped frames, latency). The watch runs on its own thread ({@link LiveWatchJob}); what it hears reaches the UI
 * thread in batches, at most once a pulse, and only the newest picture is drawn.
 */
public final class LiveViewModel {

    /** Minutes of scores the timeline shows. */
    private static final double HISTORY_MINUTES = 2;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path watchRoot;
    private final Supplier<Optional<OpenRun>> openRun;
    private final UiBatcher<Runnable> ui;
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<Path> bundle = new SimpleObjectProperty<>(this, "bundle");
    private final BooleanProperty realtime = new SimpleBooleanProperty(this, "realtime", true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<WritableImage> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<double[]> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final ReadOnlyObjectWrapper<List<FlaggedSegment>> segments = new ReadOnlyObjectWrapper<>(this,
            "segments", List.of());
    private final ReadOnlyDoubleWrapper threshold = new ReadOnlyDoubleWrapper(this, "threshold", Double.NaN);
    private final ReadOnlyDoubleWrapper frameRate = new ReadOnlyDoubleWrapper(this, "frameRate", Double.NaN);
    private final ReadOnlyObjectWrapper<AnomalyOverlay.Where> where = new ReadOnlyObjectWrapper<>(this, "where");
    private final ReadOnlyObjectWrapper<Path> replay = new ReadOnlyObjectWrapper<>(this, "replay");
    private final ObservableList<LiveAlert> alerts = FXCollections.observableArrayList();
    private final BooleanBinding canStart;
    private final AtomicReference<LivePicture> latest = new AtomicReference<>();
    private final ArrayDeque<double[]> history = new ArrayDeque<>();
    private final List<long[]> events = new ArrayList<>();
    private LiveWatchJob job;
    private Path out;
    private int historyFrames = 3000;
    private int columns;
    private int rows;

    /**
     * @param uiThread  runs on the UI thread
     * @param watchRoot where each watch gets its folder
     */
    public LiveViewModel(Executor uiThread, Path watchRoot) {
        this(uiThread, watchRoot, Optional::empty);
    }

    /** @param openRun the run open on the results screen, if any, at the slider's threshold */
    public LiveViewModel(Executor uiThread, Path watchRoot,
                         Supplier<Optional<OpenRun>> openRun) {
        this.watchRoot = watchRoot;
        this.openRun = openRun;
        this.ui = new UiBatcher<>(uiThread, batch -> batch.forEach(Runnable::run));
        this.canStart = Bindings.createBooleanBinding(() -> !running.get() && !source.get().isBlank()
                && bundle.get() != null, running, source, bundle);
    }

    // Properties

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<Path> bundleProperty() {
        return bundle;
    }

    /** A file is played at its own frame rate, as a camera would deliver it. */
    public BooleanProperty realtimeProperty() {
        return realtime;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** Frames/s, skipped frames and latency while watching; how it ended after. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WritableImage> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** Frame scores of the last minutes, oldest first. */
    public ReadOnlyObjectProperty<double[]> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    /** The events within the scores shown, in their indices. */
    public ReadOnlyObjectProperty<List<FlaggedSegment>> segmentsProperty() {
        return segments.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty frameRateProperty() {
        return frameRate.getReadOnlyProperty();
    }

    /** The anomaly map of the latest window at or above the threshold; null otherwise or without maps. */
    public ReadOnlyObjectProperty<AnomalyOverlay.Where> whereProperty() {
        return where.getReadOnlyProperty();
    }

    /** The clip to replay, set when an alert is chosen. */
    public ReadOnlyObjectProperty<Path> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    public ObservableList<LiveAlert> alerts() {
        return alerts;
    }

    /** The folder of the current or last watch, or null. */
    public Path watchFolder() {
        return out;
    }

    // Commands

    /** Starts watching the source with the bundle, into a new folder under the watch root. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        out = watchRoot.resolve("live-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
                .withZone(ZoneOffset.UTC).format(Instant.now()));
        alerts.clear();
        history.clear();
        events.clear();
        scores.set(null);
        where.set(null);
        status.set("connecting to " + source.get() + " …");
        running.set(true);
        WatchSettings settings = new WatchSettings(3, 3, realtime.get() && !source.get().contains("://")
                && !source.get().startsWith("v4l2:"), false, 640, 2, 10, 3, 10);
        job = new LiveWatchJob(source.get().strip(), bundle.get(), out, settings, new Heard(),
                watch -> ui.add(() -> started(watch)), end -> ui.add(() -> ended(end)));
        Thread thread = new Thread(job, "vigil-live");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Watches with the run open on the results screen: its detector as a clip bundle at the slider's threshold,
     * written under the watch root.
     *
     * @return false, with the reason in the status line, when no run is open or it cannot be bundled
     */
    public boolean useOpenRun() {
        Optional<OpenRun> run = openRun.get();
        if (run.isEmpty()) {
            status.set("no run is open on the results screen");
            return false;
        }
        OpenRun r = run.get();
        try {
            Path file = watchRoot.resolve("bundles").resolve(r.dir().getFileName() + "-" + r.detector() + ".vigil");
            bundle.set(RunBundles.export(r.dir(), r.detector(), r.threshold(), file));
            status.set(String.format(Locale.ROOT, "run %s, %s at threshold %.4g", r.dir().getFileName(),
                    r.detector(), r.threshold()));
            return true;
        } catch (IOException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    /** Stops the watch; the open event is closed and kept. */
    public void stop() {
        if (job != null) {
            job.stop();
        }
    }

    /** Replays an alert's clip, once it has been written. */
    public void replay(LiveAlert alert) {
        if (alert != null && alert.clip() != null && Files.isRegularFile(alert.clip())) {
            replay.set(null);
            replay.set(alert.clip());
        }
    }

    private void started(LiveWatch watch) {
        frameRate.set(watch.frameRate());
        threshold.set(watch.model().threshold());
        historyFrames = (int) Math.ceil(HISTORY_MINUTES * 60 * watch.frameRate());
        if (watch.model().maps() != null) {
            columns = watch.model().maps().columns();
            rows = watch.model().maps().rows();
        }
    }

    private void ended(String how) {
        running.set(false);
        status.set(how);
        job = null;
    }

    private void showPicture() {
        LivePicture frame = latest.getAndSet(null);
        if (frame == null) {
            return;
        }
        WritableImage image = picture.get();
        if (image == null || image.getWidth() != frame.width() || image.getHeight() != frame.height()) {
            image = new WritableImage(frame.width(), frame.height());
        }
        image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getByteRgbInstance(),
                frame.picture(), 0, frame.width() * 3);
        // the same image object: tell the view it changed
        picture.set(null);
        picture.set(image);
    }

    private void scored(long frame, double score) {
        history.addLast(new double[] {frame, score});
        while (history.size() > historyFrames) {
            history.removeFirst();
        }
        double[] values = new double[history.size()];
        int i = 0;
        for (double[] h : history) {
            values[i++] = h[1];
        }
        long first = (long) history.peekFirst()[0];
        // events that ended before the scores shown are of no more use
        events.removeIf(e -> e[1] >= 0 && e[1] < first);
        List<FlaggedSegment> shown = new ArrayList<>();
        for (long[] e : events) {
            long last = e[1] < 0 ? frame : e[1];
            long from = Math.max(e[0], first) - first;
            long to = Math.min(last, frame) - first;
            if (to >= from && to >= 0) {
                shown.add(new FlaggedSegment(from, to, from, 0));
            }
        }
        scores.set(values);
        segments.set(shown);
    }

    private void alert(LiveEvent e) {
        String text = String.format(Locale.ROOT, "%s  event %d  score %.3g%s", CLOCK.format(Instant.ofEpochMilli(
                e.startMillis())), e.id(), e.peakScore(), e.closed() ? String.format(Locale.ROOT, "  %.1f s",
                e.durationSeconds()) : "  (open)");
        Path clip = e.closed() ? out.resolve(dev.vigil.live.EventRecorder.clipPath(e.id())) : null;
        LiveAlert row = new LiveAlert(e.id(), text, clip, e.closed());
        alerts.removeIf(a -> a.id() == e.id());
        alerts.add(0, row);
        if (!e.closed()) {
            events.add(new long[] {e.firstFrame(), -1, e.id()});
        } else {
            events.stream().filter(x -> x[2] == e.id()).forEach(x -> x[1] = e.lastFrame());
        }
    }

    private void windowScored(double score, float[] map, int width, int height) {
        if (map == null || columns == 0 || !(score >= threshold.get())) {
            where.set(null);
            return;
        }
        AnomalyMaps.Box box = new AnomalyMaps(columns, rows, width, height, new float[][] {map}).hottest(map);
        where.set(new AnomalyOverlay.Where(columns, rows, width, height, map,
                new int[] {box.x(), box.y(), box.width(), box.height()}));
    }

    /** What the watch thread hears, handed to the UI thread. */
    private final class Heard implements LiveListener {
        private volatile int width;
        private volatile int height;

        @Override
        public void frameTaken(LivePicture frame) {
            width = frame.width();
            height = frame.height();
            if (latest.getAndSet(frame) == null) {
                ui.add(LiveViewModel.this::showPicture);
            }
        }

        @Override
        public void windowScored(long firstFrame, long lastFrame, double score, float[] map) {
            int w = width;
            int h = height;
            ui.add(() -> LiveViewModel.this.windowScored(score, map, w, h));
        }

        @Override
        public void frameScored(long number, LivePicture frame, double score) {
            ui.add(() -> scored(number, score));
        }

        @Override
        public void eventOpened(LiveEvent event, List<LivePicture> preRoll) {
            ui.add(() -> alert(event));
        }

        @Override
        public void eventClosed(LiveEvent event, LivePicture peak) {
            ui.add(() -> alert(event));
        }

        @Override
        public void gap(Gap gap, long nextFrame) {
            ui.add(() -> status.set(String.format(Locale.ROOT, "gap of %.1f s: %s", gap.seconds(), gap.reason())));
        }

        @Override
        public void stats(LiveStats s) {
            ui.add(() -> status.set(String.format(Locale.ROOT, "%.1f frames/s · %d skipped · latency %.2f s",
                    s.framesPerSecond(), s.skipped(), s.latencySeconds())));
        }
    }
}
