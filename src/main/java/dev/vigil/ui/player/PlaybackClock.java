package dev.vigil.ui.player;

/**
 * The player's clock: which frame is due. While playing it advances with the pulses' time at the file's frame rate
 * times the speed, and stands still while the decoder has nothing buffered, so that a slow decode delays playback
 * rather than skipping frames.
 */
final class PlaybackClock {

    /** The frame that should be on screen. */
    private long target;
    /** Where playback is, in frames; fractional between pulses. */
    private double clock;
    private long lastPulseNanos;

    long target() {
        return target;
    }

    /** A video opened: the first frame is due. */
    void reset() {
        target = 0;
    }

    /** Playback starts from the frame due; the first pulse after it only sets the time. */
    void start() {
        clock = target;
        lastPulseNanos = 0;
    }

    /** A frame is due without moving the clock (stepping while paused). */
    void hold(long frame) {
        target = frame;
    }

    /** A seek: the frame is due and playback goes on from it. */
    void jump(long frame) {
        target = frame;
        clock = frame;
    }

    /**
     * A pulse at {@code nowNanos}; while {@code playing} the clock advances.
     *
     * @param starved true when the decoder has no frame buffered and has not ended
     */
    void pulse(long nowNanos, boolean playing, double frameRate, double speed, boolean starved) {
        if (playing) {
            double seconds = lastPulseNanos == 0 ? 0 : (nowNanos - lastPulseNanos) / 1e9;
            if (!starved) {
                clock += seconds * frameRate * speed;
            }
            target = (long) Math.floor(clock);
        }
        lastPulseNanos = nowNanos;
    }
}
