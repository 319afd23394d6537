package dev.vigil.ui.results;

import dev.vigil.evaluation.Curve;
import dev.vigil.evaluation.CurvePoint;
import dev.vigil.ui.common.Charts;
import dev.vigil.ui.common.Numbers;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * A ROC or precision–recall curve with its area in the title and the current operating point marked. The curve is
 * thinned to at most {@link #MAX_POINTS} points for drawing (a step curve of 100 000 scores looks the same and redraws
 * at once when the operating point moves); the area is the core's, computed on every point.
 */
final class CurveChart extends StackPane {

    static final int MAX_POINTS = 1500;

    /** Which curve. */
    enum Kind {
        ROC("ROC", "AUROC", "false-positive rate", "true-positive rate"),
        PR("Precision–recall", "AUPRC", "recall", "precision");

        final String title;
        final String area;
        final String x;
        final String y;

        Kind(String title, String area, String x, String y) {
            this.title = title;
            this.area = area;
            this.x = x;
            this.y = y;
        }
    }

    private final Kind kind;
    private final XYSeries curve;
    private final XYSeries chance;
    private final XYSeries point = new XYSeries("threshold", false, true);
    private final JFreeChart chart;

    CurveChart(Kind kind) {
        this.kind = kind;
        curve = new XYSeries(kind.title, false, true);
        chance = new XYSeries("chance", false, true);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        data.addSeries(chance);
        data.addSeries(point);
        NumberAxis x = new NumberAxis(kind.x);
        NumberAxis y = new NumberAxis(kind.y);
        x.setRange(0, 1);
        y.setRange(0, 1.02);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Charts.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(1, Charts.GREY);
        renderer.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 4f}, 0f));
        renderer.setSeriesPaint(2, Charts.RED);
        renderer.setSeriesLinesVisible(2, false);
        renderer.setSeriesShapesVisible(2, true);
        renderer.setSeriesShape(2, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesVisibleInLegend(1, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        chart = new JFreeChart(kind.title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        getChildren().add(Charts.viewer(chart));
        getStyleClass().add("chart-card");
    }

    /** Shows a curve; null (no results, or a curve without anomalies) empties the chart. */
    void show(Curve shown) {
        curve.clear();
        chance.clear();
        point.clear();
        if (shown == null || shown.points().isEmpty()) {
            chart.setTitle(kind.title + " (needs anomalies and normal clips)");
            return;
        }
        List<CurvePoint> points = shown.points();
        int step = Math.max(1, points.size() / MAX_POINTS);
        curve.setNotify(false);
        for (int i = 0; i < points.size(); i += step) {
            curve.add(points.get(i).x(), points.get(i).y(), false);
        }
        CurvePoint last = points.get(points.size() - 1);
        curve.add(last.x(), last.y(), false);
        curve.setNotify(true);
        if (kind == Kind.ROC) {
            chance.add(0, 0);
            chance.add(1, 1);
        }
        chart.setTitle(kind.title + " · " + kind.area + " " + Numbers.compact(round(shown.area())));
    }

    /** Moves the operating point; NaN hides it (a rate that is undefined at this threshold). */
    void mark(double x, double y) {
        point.clear();
        if (Double.isFinite(x) && Double.isFinite(y)) {
            point.add(x, y);
        }
    }

    /** The marked point as {x, y}, or null when none is shown. */
    double[] marked() {
        return point.getItemCount() == 0 ? null
                : new double[] {point.getX(0).doubleValue(), point.getY(0).doubleValue()};
    }

    int drawnPoints() {
        return curve.getItemCount();
    }

    String title() {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }

    JFreeChart chart() {
        return chart;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
