package dev.vigil.timeline;

/** A timeline run that cannot go on (no usable training video, no test video); the message says why. */
public class TimelineException extends Exception {

    public TimelineException(String message) {
        super(message);
    }
}
