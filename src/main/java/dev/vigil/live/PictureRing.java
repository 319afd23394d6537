package dev.vigil.live;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The last frames of a watch, oldest first, up to a fixed count: the pre-roll of an event's clip, the picture of its
 * peak for the snapshot, and each frame's times until its score is known. Older frames fall out as new ones come,
 * so memory holds {@code capacity} pictures however long the watch runs.
 */
final class PictureRing {

    private final int capacity;
    private final ArrayDeque<LiveFrame> frames;

    PictureRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the ring holds at least one frame, got " + capacity);
        }
        this.capacity = capacity;
        this.frames = new ArrayDeque<>(capacity);
    }

    void add(LiveFrame frame) {
        if (frames.size() == capacity) {
            frames.removeFirst();
        }
        frames.addLast(frame);
    }

    /** The frame with this number, or null when it has fallen out (or never came). */
    LiveFrame get(long number) {
        if (frames.isEmpty()) {
            return null;
        }
        long first = frames.peekFirst().number();
        long last = frames.peekLast().number();
        if (number < first || number > last) {
            return null;
        }
        // numbers rise but may jump over skipped frames: search from the nearer end
        Iterator<LiveFrame> it = number - first < last - number ? frames.iterator() : frames.descendingIterator();
        while (it.hasNext()) {
            LiveFrame f = it.next();
            if (f.number() == number) {
                return f;
            }
        }
        return null;
    }

    /** The frames numbered from {@code first} on that are still held, oldest first. */
    java.util.List<LiveFrame> from(long first) {
        return frames.stream().filter(f -> f.number() >= first).toList();
    }
}
