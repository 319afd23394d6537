package dev.vigil.evaluation;

import java.util.ArrayList;
import java.util.List;

/** ROC and precision–recall points from ascending-sorted positive and negative scores, one per distinct score. */
final class Curves {

    private Curves() {
    }

    /** ROC points from (0, 0) at threshold +∞ to (1, 1); empty when either side is empty. */
    static List<CurvePoint> roc(double[] p, double[] n) {
        List<CurvePoint> points = new ArrayList<>();
        if (p.length == 0 || n.length == 0) {
            return points;
        }
        points.add(new CurvePoint(Double.POSITIVE_INFINITY, 0, 0));
        walk(p, n, (threshold, tp, fp) -> points.add(new CurvePoint(threshold, (double) fp / n.length,
                (double) tp / p.length)));
        return points;
    }

    /** Precision–recall points, recall rising; empty without positives. */
    static List<CurvePoint> pr(double[] p, double[] n) {
        List<CurvePoint> points = new ArrayList<>();
        if (p.length == 0) {
            return points;
        }
        walk(p, n, (threshold, tp, fp) -> points.add(new CurvePoint(threshold, (double) tp / p.length,
                tp + fp == 0 ? 1 : (double) tp / (tp + fp))));
        return points;
    }

    interface Step {
        void at(double threshold, int truePositives, int falsePositives);
    }

    /** Calls {@code step} for each distinct score from the highest down, with the counts at or above it. */
    static void walk(double[] p, double[] n, Step step) {
        int i = p.length - 1;
        int j = n.length - 1;
        while (i >= 0 || j >= 0) {
            double value = i >= 0 && (j < 0 || p[i] >= n[j]) ? p[i] : n[j];
            while (i >= 0 && p[i] == value) {
                i--;
            }
            while (j >= 0 && n[j] == value) {
                j--;
            }
            step.at(value, p.length - 1 - i, n.length - 1 - j);
        }
    }
}
