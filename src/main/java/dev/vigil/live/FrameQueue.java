package dev.vigil.live;

import java.util.ArrayDeque;

/**
 * The bounded hand-over from the decoding thread to the scoring thread.
 *
 * <p>A file can wait (read as fast as it decodes, or followed as it grows): the decoder blocks while the queue is
 * full. A live source cannot
 * (its frames keep coming whether or not anyone reads them), so the queue applies the skip rule instead: once
 * {@code capacity} frames wait, every new frame is skipped until the scorer has worked the queue down to half of
 * that. Skipping in one burst rather than frame by frame leaves long unbroken runs to score (a window needs
 * consecutive frames); the first frame after a burst carries the burst as a {@link Gap}, and the skipped frames are
 * counted. Memory is bounded by the capacity whatever the source does.
 */
final class FrameQueue {

    private final int capacity;
    private final boolean mayDrop;
    private final ArrayDeque<QueueItem> items = new ArrayDeque<>();
    private int frames;
    private boolean skipping;
    private long skippedInBurst;
    private long burstStartMillis;
    private long skippedTotal;
    private boolean ended;
    private String endReason;

    /**
     * @param capacity frames that may wait
     * @param mayDrop  true for a live source (skip when full), false for a file, which can wait
     */
    FrameQueue(int capacity, boolean mayDrop) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a frame queue holds at least 2 frames, got " + capacity);
        }
        this.capacity = capacity;
        this.mayDrop = mayDrop;
    }

    /** Hands over a frame, or skips it by the rule above; blocks only when the source may wait. */
    synchronized void put(LiveFrame frame, long previousWallMillis) throws InterruptedException {
        if (ended) {
            return;
        }
        if (!mayDrop) {
            while (frames >= capacity && !ended) {
                wait();
            }
        } else {
            if (skipping && frames <= capacity / 2) {
                skipping = false;
            }
            if (!skipping && frames >= capacity) {
                skipping = true;
                burstStartMillis = previousWallMillis;
            }
            if (skipping) {
                skippedInBurst++;
                skippedTotal++;
                return;
            }
        }
        LiveFrame item = frame;
        if (skippedInBurst > 0) {
            item = frame.withGap(new Gap(Gap.Kind.SKIPPED, burstStartMillis, frame.wallMillis(), skippedInBurst,
                    skippedInBurst + " frame(s) skipped: scoring fell " + capacity + " frames behind"));
            skippedInBurst = 0;
        }
        items.add(item);
        frames++;
        notifyAll();
    }

    /** Says the stream was lost; never skipped, so that the scorer closes what is open at once. */
    synchronized void lost(StreamLost lost) {
        if (!ended) {
            items.add(lost);
            notifyAll();
        }
    }

    /** The next item without taking it; blocks until there is one, null once the source has ended and all is taken. */
    synchronized QueueItem peek() throws InterruptedException {
        while (items.isEmpty() && !ended) {
            wait();
        }
        return items.peek();
    }

    /** Takes the item {@link #peek()} returned. */
    synchronized QueueItem take() {
        QueueItem item = items.poll();
        if (item instanceof LiveFrame) {
            frames--;
            notifyAll();
        }
        return item;
    }

    /** No more items will come; what waits is still handed out. */
    synchronized void end(String reason) {
        if (!ended) {
            ended = true;
            endReason = reason;
        }
        notifyAll();
    }

    /** Ends at once: what waits is dropped (a stop). */
    synchronized void stop(String reason) {
        items.clear();
        frames = 0;
        end(reason);
    }

    synchronized boolean hasEnded() {
        return ended;
    }

    /** Why the source ended, or null while it goes on. */
    synchronized String endReason() {
        return endReason;
    }

    synchronized long skippedFrames() {
        return skippedTotal;
    }

    /** Frames waiting now. */
    synchronized int waiting() {
        return frames;
    }
}
