package dev.vigil.live;

import dev.vigil.backbone.BackboneException;
import dev.vigil.video.CropPlan;
import dev.vigil.video.StreamConnection;
import dev.vigil.video.VideoException;

import java.io.IOException;

/**
 * Watches one live source with one model: the decoding thread ({@link StreamDecoder}) and the scoring thread (the
 * caller of {@link #run}) joined by a bounded {@link FrameQueue}. Listeners hear frames, scores, alerts and gaps.
 */
public final class LiveWatch {

    /** Frames assumed per second when a source does not say. */
    static final double DEFAULT_RATE = 25;

    private final LiveSource source;
    private final WatchSettings settings;
    private final LiveModel model;
    private final StreamConnection.Target target;
    private final StreamConnection first;
    private final PictureSize picture;
    /** The size the backbone reads frames at, planned from the source's size as for a file. */
    private final StreamConnection.Size input;
    private final int sourceWidth;
    private final int sourceHeight;
    private final double frameRate;
    private final FrameQueue queue;
    private volatile StreamDecoder decoder;
    private volatile boolean stopped;

    private LiveWatch(LiveSource source, WatchSettings settings, LiveModel model, StreamConnection.Target target,
                      StreamConnection first, int sourceWidth, int sourceHeight, PictureSize picture) {
        this.source = source;
        this.settings = settings;
        this.model = model;
        this.target = target;
        this.first = first;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.picture = picture;
        CropPlan plan = model.backbone().card().evalPreprocessing().plan(sourceWidth, sourceHeight, 0);
        this.input = new StreamConnection.Size(plan.decodeWidth(), plan.decodeHeight());
        first.convertTo(picture.size(), input);
        double declared = first.frameRate();
        this.frameRate = declared > 0 ? declared : DEFAULT_RATE;
        // a file keeps its frames until they are read, followed or not: only a camera (or a file played as one) skips
        boolean mayWait = source.kind() == LiveSource.Kind.FILE && !settings.realtime();
        int capacity = Math.max(model.windows().stride() * 2, (int) Math.ceil(settings.queueSeconds() * frameRate));
        this.queue = new FrameQueue(capacity, !mayWait);
    }

    /**
     * Connects to a source, retrying with back-off for up to {@link WatchSettings#connectSeconds()}.
     *
     * @throws IOException naming the source and why it could not be opened
     */
    public static LiveWatch connect(LiveSource source, WatchSettings settings, LiveModel model) throws IOException {
        boolean network = source.kind() == LiveSource.Kind.STREAM;
        if (source.kind() == LiveSource.Kind.FILE && !settings.follow() && !source.isExistingFile()) {
            throw new IOException("source " + source + ": no such file");
        }
        long timeout = network || settings.follow() ? (long) (settings.timeoutSeconds() * 1e6) : 0;
        StreamConnection.Target target = new StreamConnection.Target(source.address(), source.format(), timeout,
                settings.follow());
        long deadline = System.nanoTime() + (long) (settings.connectSeconds() * 1e9);
        Backoff backoff = new Backoff(settings.maxBackoffSeconds());
        IOException last;
        while (true) {
            try {
                StreamConnection connection = StreamConnection.open(target);
                PictureSize size = PictureSize.of(connection.width(), connection.height(), settings.pictureWidth());
                return new LiveWatch(source, settings, model, target, connection, connection.width(),
                        connection.height(), size);
            } catch (IOException e) {
                last = e;
            }
            long wait = backoff.nextMillis();
            if (source.kind() == LiveSource.Kind.FILE || System.nanoTime() + wait * 1_000_000 > deadline) {
                break;
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        String reason = last.getMessage().startsWith(source.address() + ": ")
                ? last.getMessage().substring(source.address().length() + 2) : last.getMessage();
        throw new IOException("source " + source + ": " + (source.kind() == LiveSource.Kind.FILE ? reason
                : "no connection within " + Math.round(settings.connectSeconds()) + " s (" + reason + ")"), last);
    }

    /** What a watch did. */
    public record Summary(long frames, long skipped, int events, String endReason) {
    }

    /**
     * Watches until the source ends or {@link #stop()} is called, on the calling thread; an open segment is closed
     * at the end.
     *
     * @param firstEventId the id of the first event (events of an earlier watch in the same folder come before)
     */
    public Summary run(LiveListener listener, int firstEventId) throws VideoException, BackboneException {
        int[] events = {0};
        LiveListener counting = new LiveListener() {
            @Override
            public void eventClosed(LiveEvent event, LivePicture peak) {
                events[0]++;
            }
        };
        LiveScorer scorer = new LiveScorer(model, queue, picture, sourceWidth, sourceHeight, frameRate,
                source.text(), settings.preSeconds(), firstEventId, new Listeners(listener, counting));
        decoder = new StreamDecoder(source, target, settings, picture.size(), input, first, queue);
        Thread thread = new Thread(decoder, "vigil-decode");
        thread.setDaemon(true);
        if (stopped) {
            queue.stop("stopped");
        }
        thread.start();
        try {
            scorer.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            decoder.stop();
            queue.stop(queue.hasEnded() ? queue.endReason() : "stopped");
            try {
                thread.join(Math.max(1000, (long) (settings.timeoutSeconds() * 2000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Summary(scorer.framesTaken(), queue.skippedFrames(), events[0], queue.endReason());
    }

    /** Stops the watch from any thread: frames waiting are dropped, an open segment closes, {@link #run} returns. */
    public void stop() {
        stopped = true;
        StreamDecoder d = decoder;
        if (d != null) {
            d.stop();
        }
        queue.stop("stopped");
    }

    public double frameRate() {
        return frameRate;
    }

    /** Size of the pictures listeners get. */
    public int pictureWidth() {
        return picture.width();
    }

    public int pictureHeight() {
        return picture.height();
    }

    public int sourceWidth() {
        return sourceWidth;
    }

    public int sourceHeight() {
        return sourceHeight;
    }

    public LiveSource source() {
        return source;
    }

    public LiveModel model() {
        return model;
    }
}
