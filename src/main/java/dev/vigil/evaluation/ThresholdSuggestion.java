package dev.vigil.evaluation;

/**
 * A suggested threshold and why.
 *
 * @param method    how it was found
 * @param threshold the value (flag clips whose score is at or above it)
 * @param reason    one line for the user, e.g. "F1 0.910 (TP 36, FP 2)"
 */
public record ThresholdSuggestion(ThresholdMethod method, double threshold, String reason) {
}
