package dev.vigil.evaluation;

import java.util.List;

/**
 * A ROC or precision–recall curve, points in order of falling threshold, with its area (AUROC, or average
 * precision for PR); NaN when undefined (no anomalies, or for ROC no normal clips).
 */
public record Curve(List<CurvePoint> points, double area) {

    public Curve {
        points = List.copyOf(points);
    }
}
