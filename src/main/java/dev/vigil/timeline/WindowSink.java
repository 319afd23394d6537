package dev.vigil.timeline;

/** Receives the embedding of each window of a video as it is ready (not necessarily in window order). */
@FunctionalInterface
public interface WindowSink {

    void accept(FrameWindow window, float[] embedding);
}
