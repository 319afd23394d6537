package dev.vigil.live;

/** Receives frame scores in frame order. */
@FunctionalInterface
interface FrameScoreSink {

    void accept(long frame, double score);
}
