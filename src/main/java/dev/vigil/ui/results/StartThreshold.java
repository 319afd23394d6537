package dev.vigil.ui.results;

/**
 * Where the threshold of a detector starts when its results are shown.
 *
 * @param value the threshold
 * @param note  where it comes from, for the line beside the slider
 */
public record StartThreshold(double value, String note) {
}
