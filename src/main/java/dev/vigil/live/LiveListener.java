package dev.vigil.live;

import java.util.List;

/**
 * Hears what a watch sees, on the scoring thread, in order. Every method has an empty default so that a listener
 * takes only what it needs. A listener must be quick: the scorer waits for it.
 */
public interface LiveListener {

    /** A frame was taken from the source (before it is scored): its picture for a live view or a clip. */
    default void frameTaken(LivePicture frame) {
    }

    /**
     * A window was scored.
     *
     * @param map the window's anomaly map (one value per cell, row after row), or null without maps
     */
    default void windowScored(long firstFrame, long lastFrame, double score, float[] map) {
    }

    /** A frame's final (smoothed) score; {@code frame} is null when its picture has left the ring. */
    default void frameScored(long number, LivePicture frame, double score) {
    }

    /** An alert: a segment reached its minimum length. {@code preRoll}: the frames kept from before it on. */
    default void eventOpened(LiveEvent event, List<LivePicture> preRoll) {
    }

    /** The segment ended. {@code peak}: the picture of its peak frame, or null when it was not kept. */
    default void eventClosed(LiveEvent event, LivePicture peak) {
    }

    /** The stream was lost; the decoder reconnects. */
    default void streamLost(String reason, long wallMillis) {
    }

    /** Frames are missing before the next one (a reconnect, or a burst skipped). */
    default void gap(Gap gap, long nextFrame) {
    }

    /** About once a second. */
    default void stats(LiveStats stats) {
    }
}
