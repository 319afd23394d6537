package dev.vigil.report;

import dev.vigil.evaluation.Curve;
import dev.vigil.evaluation.CurvePoint;
import dev.vigil.training.EpochRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The report's charts, drawn with JFreeChart alone: no JavaFX, so they render on a server without a display. */
final class ReportCharts {

    static final Color BLUE = new Color(0x3a5ccc);
    static final Color RED = new Color(0xe5484d);
    static final Color AMBER = new Color(0xf0a020);
    static final Color GREY = new Color(0x9aa1ad);
    private static final Color GRID = new Color(0xe6e8ee);
    /** More points than a 1000-pixel-wide chart can show only slow the drawing. */
    private static final int MAX_POINTS = 2000;

    private ReportCharts() {
    }

    /** Box plots of each group's scores, the axis spanning every score and the threshold, the threshold across. */
    static JFreeChart boxPlot(String title, Map<String, double[]> groups, double threshold) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        double low = threshold;
        double high = threshold;
        for (Map.Entry<String, double[]> group : groups.entrySet()) {
            double[] finite = Arrays.stream(group.getValue()).filter(Double::isFinite).toArray();
            if (finite.length == 0) {
                continue;
            }
            List<Number> values = new ArrayList<>();
            for (double v : finite) {
                values.add(v);
                low = Double.isFinite(low) ? Math.min(low, v) : v;
                high = Double.isFinite(high) ? Math.max(high, v) : v;
            }
            data.add(BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(values), "scores", group.getKey());
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setMeanVisible(false);
        renderer.setMaximumBarWidth(0.1);
        renderer.setSeriesPaint(0, BLUE);
        NumberAxis scores = new NumberAxis("score");
        scores.setAutoRangeIncludesZero(false);
        // the dataset's range ends at the whiskers: outliers and the threshold would fall off
        if (Double.isFinite(low) && Double.isFinite(high)) {
            double room = high > low ? 0.06 * (high - low) : Math.max(1e-9, Math.abs(high) * 0.1);
            scores.setRange(low - room, high + room);
        }
        CategoryAxis axis = new CategoryAxis(null);
        if (groups.size() > 4) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(data, axis, scores, renderer);
        plot.addRangeMarker(thresholdMarker(threshold), Layer.FOREGROUND);
        return styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }

    /** A ROC or precision–recall curve with the threshold's operating point. */
    static JFreeChart curve(String title, String xLabel, String yLabel, Curve curve, double[] operatingPoint) {
        XYSeries line = new XYSeries("curve", false, true);
        for (CurvePoint point : curve.points()) {
            line.add(point.x(), point.y());
        }
        XYSeries marked = new XYSeries("threshold", false, true);
        if (operatingPoint != null && Double.isFinite(operatingPoint[0]) && Double.isFinite(operatingPoint[1])) {
            marked.add(operatingPoint[0], operatingPoint[1]);
        }
        XYSeriesCollection data = new XYSeriesCollection(line);
        data.addSeries(marked);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(1, RED);
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        NumberAxis x = new NumberAxis(xLabel);
        x.setRange(0, 1.0);
        NumberAxis y = new NumberAxis(yLabel);
        y.setRange(0, 1.02);
        return styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, new XYPlot(data, x, y, renderer), false));
    }

    /** Training and validation loss per epoch. */
    static JFreeChart loss(List<EpochRecord> history) {
        XYSeries train = new XYSeries("training loss");
        XYSeries validation = new XYSeries("validation loss");
        for (EpochRecord epoch : history) {
            train.add(epoch.epoch(), epoch.trainLoss());
            if (!Double.isNaN(epoch.validationLoss())) {
                validation.add(epoch.epoch(), epoch.validationLoss());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(train);
        data.addSeries(validation);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesPaint(1, AMBER);
        NumberAxis loss = new NumberAxis("loss");
        loss.setAutoRangeIncludesZero(false);
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return styled(new JFreeChart("Loss per epoch", JFreeChart.DEFAULT_TITLE_FONT,
                new XYPlot(data, epochs, loss, renderer), true));
    }

    /**
     * A long video's frame scores over time, the threshold dashed, the flagged segments shaded red and the
     * ground-truth events as grey bands.
     *
     * @param segments flagged segments as {first, last} frames, 0-based and inclusive
     * @param events   ground-truth events, the same way
     */
    static JFreeChart timeline(String title, double[] scores, double fps, double threshold, List<long[]> segments,
                               List<long[]> events) {
        double perFrame = fps > 0 ? 1 / fps : 1;
        XYSeries line = new XYSeries("score", false, true);
        int step = Math.max(1, (int) Math.ceil(scores.length / (double) MAX_POINTS));
        for (int start = 0; start < scores.length; start += step) {
            // the highest score of each bucket: a short spike must not vanish between two samples
            double peak = Double.NEGATIVE_INFINITY;
            for (int i = start; i < Math.min(scores.length, start + step); i++) {
                peak = Math.max(peak, scores[i]);
            }
            if (Double.isFinite(peak)) {
                line.add(start * perFrame, peak);
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, BLUE);
        NumberAxis time = new NumberAxis(fps > 0 ? "time (s)" : "frame");
        NumberAxis score = new NumberAxis("score");
        score.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(line), time, score, renderer);
        for (long[] event : events) {
            plot.addDomainMarker(band(event, perFrame, new Color(0x9aa1ad), 0.35f), Layer.BACKGROUND);
        }
        for (long[] segment : segments) {
            plot.addDomainMarker(band(segment, perFrame, RED, 0.22f), Layer.BACKGROUND);
        }
        plot.addRangeMarker(thresholdMarker(threshold), Layer.FOREGROUND);
        return styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }

    private static IntervalMarker band(long[] frames, double perFrame, Color color, float alpha) {
        IntervalMarker band = new IntervalMarker(frames[0] * perFrame, (frames[1] + 1) * perFrame);
        band.setPaint(color);
        band.setAlpha(alpha);
        return band;
    }

    private static ValueMarker thresholdMarker(double threshold) {
        ValueMarker marker = new ValueMarker(threshold);
        marker.setPaint(RED);
        marker.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        return marker;
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 14));
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (chart.getPlot() instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
        }
        return chart;
    }
}
