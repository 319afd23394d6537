package dev.vigil.live;

import dev.vigil.video.StreamConnection;

import java.io.IOException;

/**
 * The decoding thread of a watch: reads frames from the source as they come, stamps them, and hands them to the
 * {@link FrameQueue}. A file read as fast as it decodes ends the watch at its end; a file played in real time is
 * paced by its time stamps; a stream or device that drops is reconnected with {@link Backoff back-off}, and the
 * scorer hears of the loss at once ({@link StreamLost}) and of its length when frames flow again ({@link Gap}).
 */
final class StreamDecoder implements Runnable {

    private final LiveSource source;
    private final StreamConnection.Target target;
    private final WatchSettings settings;
    private final StreamConnection.Size picture;
    private final StreamConnection.Size input;
    private final FrameQueue queue;
    private final Backoff backoff;
    private volatile boolean stopped;
    private StreamConnection connection;
    private long number;

    /**
     * @param picture the size of the pictures kept for the eye
     * @param input   the size the backbone reads frames at
     * @param first   the connection made when the watch started, converting to both sizes
     */
    StreamDecoder(LiveSource source, StreamConnection.Target target, WatchSettings settings,
                  StreamConnection.Size picture, StreamConnection.Size input, StreamConnection first,
                  FrameQueue queue) {
        this.source = source;
        this.target = target;
        this.settings = settings;
        this.picture = picture;
        this.input = input;
        this.connection = first;
        this.queue = queue;
        this.backoff = new Backoff(settings.maxBackoffSeconds());
    }

    /** Asks the thread to stop; it does within one read timeout. */
    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try {
            decode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.end("stopped");
        } catch (RuntimeException | Error e) {
            queue.end(source + ": decoding stopped (" + e + ")");
            throw e;
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private void decode() throws InterruptedException {
        long lastWall = System.currentTimeMillis();
        Gap.Kind pendingGap = null;
        String lostReason = null;
        Pacer pacer = settings.realtime() ? new Pacer() : null;
        while (!stopped) {
            if (connection == null && !reconnect()) {
                continue;
            }
            byte[] rgb = new byte[picture.bytes()];
            // every frame is converted for the backbone too: which frames its windows sample is decided on the
            // scoring thread, after the decoder has reused the decoded frame; a small picture costs little
            byte[] frame = new byte[input.bytes()];
            String failure;
            try {
                if (connection.next(rgb, frame)) {
                    if (pacer != null) {
                        pacer.waitFor(connection.timestampSeconds());
                    }
                    long wall = System.currentTimeMillis();
                    Gap gap = pendingGap == null ? null : new Gap(pendingGap, lastWall, wall, 0, "stream lost ("
                            + lostReason + "), reconnected");
                    pendingGap = null;
                    queue.put(new LiveFrame(number++, System.nanoTime(), wall, rgb, frame, gap), lastWall);
                    lastWall = wall;
                    backoff.reset();
                    continue;
                }
                failure = "the stream ended";
            } catch (IOException e) {
                failure = e.getMessage();
            }
            connection.close();
            connection = null;
            if (source.kind() == LiveSource.Kind.FILE) {
                queue.end(failure.equals("the stream ended") ? "end of file" : failure);
                return;
            }
            if (pendingGap == null) {
                pendingGap = Gap.Kind.RECONNECTED;
                lostReason = failure;
                queue.lost(new StreamLost(failure, System.currentTimeMillis()));
            }
        }
        queue.end("stopped");
    }

    /**
     * One attempt; false when it failed. The first attempt after a loss is made at once. After a failed attempt the
     * next waits by the back-off, less the time the attempt itself waited: an address that listens (UDP, RTP) waits
     * for data as long as the read timeout, and waiting again would only lose the first frames when it comes back.
     */
    private boolean reconnect() throws InterruptedException {
        long started = System.currentTimeMillis();
        try {
            connection = StreamConnection.open(target).convertTo(picture, input);
            return true;
        } catch (IOException e) {
            long until = started + backoff.nextMillis();
            while (!stopped && System.currentTimeMillis() < until) {
                Thread.sleep(Math.max(1, Math.min(100, until - System.currentTimeMillis())));
            }
            return false;
        }
    }

    /** Holds frames back to the pace of their time stamps, as a camera would deliver them. */
    private static final class Pacer {
        private double firstStamp = Double.NaN;
        private long firstNanos;

        void waitFor(double stampSeconds) throws InterruptedException {
            if (Double.isNaN(firstStamp)) {
                firstStamp = stampSeconds;
                firstNanos = System.nanoTime();
                return;
            }
            long due = firstNanos + (long) ((stampSeconds - firstStamp) * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
    }
}
