package dev.vigil.evaluation;

/**
 * A point of a ROC or precision–recall curve: what flagging every score at or above {@code threshold} gives.
 *
 * @param threshold the threshold (+∞ for the starting point of a ROC curve, where nothing is flagged)
 * @param x         false-positive rate (ROC) or recall (PR)
 * @param y         true-positive rate (ROC) or precision (PR)
 */
public record CurvePoint(double threshold, double x, double y) {
}
