package dev.vigil.timeline;

/**
 * The score of one window.
 *
 * @param window the window
 * @param score  its score; NaN when it was never embedded (the file ended before it)
 */
public record WindowScore(FrameWindow window, double score) {
}
