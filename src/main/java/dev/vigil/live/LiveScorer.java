package dev.vigil.live;

import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.CellGrid;
import dev.vigil.progress.CancellationToken;
import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.RankingPart;
import dev.vigil.timeline.WindowStream;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scoring thread of a watch. Each unbroken run of frames is one {@link WindowStream#runOpenEnded open-ended pass}
 * of the timeline's window stream (the same embedding as for files, windows planned as frames come); each window is
 * scored by the detector as soon as it is embedded, turned into frame scores ({@link RollingFrameScores}), smoothed
 * ({@link RollingSmoother}) and cut into segments ({@link SegmentTracker}) by the bundle's rules. A gap ends the run:
 * an open segment closes there, and scoring starts again with fresh windows after it.
 */
final class LiveScorer {

    private final LiveModel model;
    private final FrameQueue queue;
    private final PictureSize picture;
    private final int sourceWidth;
    private final int sourceHeight;
    private final double frameRate;
    private final String sourceName;
    private final LiveListener listener;
    private final PictureRing ring;
    private final int preRollFrames;
    private final WindowStream stream;
    private final Optional<CellGrid> grid;
    private final RollingFrameScores frameScores;
    private final RollingSmoother smoother;
    private final SegmentTracker segments;
    private final ArrayDeque<ScoredWindow> recentWindows = new ArrayDeque<>();
    private final int keptWindows;
    private final RateMeter rate = new RateMeter();
    private int nextEventId;
    private LiveFrame lastTaken;
    private LiveFrame peakFrame;
    /** Where in the frame the peak is, kept when the peak changes: the windows over it leave the deque later. */
    private AnomalyMaps.Box peakBox;
    private long alertNanos;
    private double lastLatency = Double.NaN;
    private int gaps;

    /** A scored window kept for the box of a frame it covers. */
    private record ScoredWindow(long first, long last, double score, float[] map) {
    }

    LiveScorer(LiveModel model, FrameQueue queue, PictureSize picture, int sourceWidth, int sourceHeight,
               double frameRate, String sourceName, double preSeconds, int firstEventId, LiveListener listener) {
        this.model = model;
        this.queue = queue;
        this.picture = picture;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.frameRate = frameRate;
        this.sourceName = sourceName;
        this.listener = listener;
        this.nextEventId = firstEventId;
        this.preRollFrames = (int) Math.ceil(preSeconds * frameRate);
        // the pre-roll, plus the frames that come while the first frame of an event waits for its score
        int lag = model.scoringLagFrames() + model.segments().minLength() + (int) Math.ceil(frameRate);
        this.ring = new PictureRing(preRollFrames + lag);
        // workers 1, batch 1: every window is prepared and embedded the moment its last frame arrives
        this.stream = new WindowStream(model.backbone(), 1, 1, 0, CancellationToken.none());
        this.grid = model.backbone().cells();
        this.keptWindows = (model.windows().length() + 2 * model.smoothing().radius()) / model.windows().stride() + 4;
        this.segments = new SegmentTracker(model.threshold(), model.segments());
        this.smoother = new RollingSmoother(model.smoothing(), this::frameFinal);
        this.frameScores = new RollingFrameScores(model.aggregation(), smoother::accept);
    }

    /** Frames taken from the source so far. */
    long framesTaken() {
        return lastTaken == null ? 0 : lastTaken.number() + 1;
    }

    /**
     * Scores until the source ends or the queue is stopped.
     *
     * @throws VideoException    when a window's frames cannot be prepared
     * @throws BackboneException when the backbone fails
     */
    void run() throws VideoException, BackboneException, InterruptedException {
        // planned from the source's size, as a file's windows are: the decoder converts frames to the size planned
        VideoInfo info = new VideoInfo(pathOf(sourceName), 0, 0, frameRate, sourceWidth, sourceHeight, 0, "live");
        while (true) {
            QueueItem head = queue.peek();
            if (head == null) {
                return;
            }
            if (head instanceof StreamLost lost) {
                queue.take();
                listener.streamLost(lost.reason(), lost.wallMillis());
                continue;
            }
            LiveFrame first = (LiveFrame) head;
            if (first.gapBefore() != null) {
                gaps++;
                listener.gap(first.gapBefore(), first.number());
            }
            startRun(first.number());
            stream.runOpenEnded(info, (width, height) -> new RunFrames(sourceName, queue, width, height, frameRate,
                    first.number(), this::taken), model.windows(), this::windowEmbedded, done -> {
            });
            endRun();
        }
    }

    private static Path pathOf(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return Path.of("live");
        }
    }

    private void startRun(long first) {
        frameScores.startRun(first);
        smoother.startRun(first);
        recentWindows.clear();
    }

    private void endRun() {
        if (lastTaken != null) {
            frameScores.endRun(lastTaken.number());
        }
        smoother.endRun();
        if (segments.endRun()) {
            closeEvent(segments.closed());
        }
    }

    private void taken(LiveFrame frame) {
        lastTaken = frame;
        ring.add(frame);
        rate.tick(System.nanoTime());
        listener.frameTaken(view(frame));
        if (rate.secondPassed()) {
            listener.stats(new LiveStats(rate.perSecond(), frame.number() + 1, queue.skippedFrames(), lastLatency,
                    queue.waiting(), gaps));
        }
    }

    private void windowEmbedded(FrameWindow window, float[] embedding) {
        // a timeline bundle ranks only the coarser cells of a backbone laid out on cells; a clip bundle all of it
        float[] ranked = embedding.length == model.detector().dimension() ? embedding : RankingPart.of(grid, embedding);
        double score = model.detector().score(new float[][] {ranked})[0];
        float[] map = model.maps() == null ? null : model.maps().map(embedding);
        LiveFrame last = ring.get(window.last());
        if (last != null) {
            lastLatency = (System.nanoTime() - last.arrivalNanos()) / 1e9;
        }
        recentWindows.addLast(new ScoredWindow(window.first(), window.last(), score, map));
        while (recentWindows.size() > keptWindows) {
            recentWindows.removeFirst();
        }
        listener.windowScored(window.first(), window.last(), score, map);
        frameScores.addWindow(window.first(), window.last(), score, window.first() + model.windows().stride());
    }

    /** A frame's final smoothed score. */
    private void frameFinal(long number, double score) {
        LiveFrame frame = ring.get(number);
        listener.frameScored(number, frame == null ? null : view(frame), score);
        SegmentTracker.Change change = segments.accept(number, score);
        switch (change) {
            case OPENED -> openEvent();
            case GREW -> notePeak();
            case CLOSED -> closeEvent(segments.closed());
            default -> {
            }
        }
    }

    private void openEvent() {
        FlaggedSegment s = segments.current();
        peakFrame = ring.get(s.peakFrame());
        peakBox = box(s.peakFrame());
        alertNanos = System.nanoTime();
        LiveFrame first = ring.get(s.first());
        List<LivePicture> preRoll = new ArrayList<>();
        for (LiveFrame f : ring.from(s.first() - preRollFrames)) {
            preRoll.add(view(f));
        }
        listener.eventOpened(event(s, false, first), preRoll);
    }

    private void notePeak() {
        FlaggedSegment s = segments.current();
        if (peakFrame == null || peakFrame.number() != s.peakFrame()) {
            LiveFrame f = ring.get(s.peakFrame());
            if (f != null) {
                peakFrame = f;
            }
            peakBox = box(s.peakFrame());
        }
    }

    private void closeEvent(FlaggedSegment s) {
        LiveFrame first = ring.get(s.first());
        LiveFrame peak = peakFrame != null && peakFrame.number() == s.peakFrame() ? peakFrame : ring.get(s.peakFrame());
        listener.eventClosed(event(s, true, first), peak == null ? null : view(peak));
        nextEventId++;
        peakFrame = null;
        peakBox = null;
    }

    private LiveEvent event(FlaggedSegment s, boolean closed, LiveFrame first) {
        LiveFrame last = ring.get(s.last());
        long now = System.currentTimeMillis();
        long startMillis = first != null ? first.wallMillis() : peakFrame != null ? peakFrame.wallMillis() : now;
        long endMillis = last != null ? last.wallMillis() : lastTaken != null ? lastTaken.wallMillis() : now;
        double latency = first == null ? Double.NaN : ((closed ? System.nanoTime() : alertNanos)
                - first.arrivalNanos()) / 1e9;
        return new LiveEvent(nextEventId, s.first(), s.last(), s.peakFrame(), s.peakScore(), model.threshold(),
                startMillis, endMillis, now, latency, peakBox, closed);
    }

    /** The hottest cell of the highest-scoring kept window over a frame, in source pixels; null without maps. */
    private AnomalyMaps.Box box(long frame) {
        if (model.maps() == null) {
            return null;
        }
        ScoredWindow best = null;
        for (ScoredWindow w : recentWindows) {
            if (w.map() != null && frame >= w.first() && frame <= w.last() && (best == null || w.score() > best.score())) {
                best = w;
            }
        }
        if (best == null) {
            return null;
        }
        return new AnomalyMaps(model.maps().columns(), model.maps().rows(), sourceWidth, sourceHeight,
                new float[][] {best.map()}).hottest(best.map());
    }

    private LivePicture view(LiveFrame f) {
        return new LivePicture(f.number(), f.wallMillis(), picture.width(), picture.height(), f.picture());
    }

    /** Frames per second over the last second, by arrival time. */
    private static final class RateMeter {
        private long windowStart = -1;
        private long count;
        private double perSecond;
        private boolean passed;

        void tick(long nanos) {
            if (windowStart < 0) {
                windowStart = nanos;
            }
            count++;
            passed = nanos - windowStart >= 1_000_000_000L;
            if (passed) {
                perSecond = count * 1e9 / (nanos - windowStart);
                windowStart = nanos;
                count = 0;
            }
        }

        boolean secondPassed() {
            return passed;
        }

        double perSecond() {
            return perSecond;
        }
    }
}
