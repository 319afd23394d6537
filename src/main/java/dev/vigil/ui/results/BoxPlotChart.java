package dev.vigil.ui.results;

import dev.vigil.ui.common.Charts;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Paint;
import java.util.Map;

/** Box plots of scores per group (split or class), with the threshold drawn across them. */
final class BoxPlotChart extends StackPane {

    private static final String SERIES = "scores";

    private final CategoryPlot plot;
    private final JFreeChart chart;
    private final ValueMarker threshold = new ValueMarker(0);
    private final boolean bySplit;
    private final NumberAxis scores = new NumberAxis("score");
    private double lowestScore = Double.NaN;
    private double highestScore = Double.NaN;
    private DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();

    BoxPlotChart(boolean bySplit) {
        this.bySplit = bySplit;
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                if (!BoxPlotChart.this.bySplit) {
                    return Charts.PALETTE[column % (Charts.PALETTE.length - 1)];
                }
                return Charts.splitColor(String.valueOf(getPlot().getDataset().getColumnKey(column)));
            }
        };
        renderer.setFillBox(true);
        // JFreeChart draws the mean as a disc as wide as the box: it hides the median, so it stays off
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setMaximumBarWidth(0.09);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setDefaultOutlinePaint(Charts.TEXT);
        renderer.setWhiskerWidth(0.6);
        scores.setAutoRangeIncludesZero(false);
        CategoryAxis groups = new CategoryAxis(null);
        if (!bySplit) {
            // class names are longer than a box is wide: slanted, they are read whole instead of as "j…"
            groups.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            groups.setMaximumCategoryLabelWidthRatio(3f);
        }
        plot = new CategoryPlot(data, groups, scores, renderer);
        threshold.setPaint(Charts.RED);
        threshold.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        threshold.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        threshold.setLabelPaint(Charts.RED);
        // under the line at the right end: the normal boxes sit below it on the left, the anomalies above it on the
        // right, so that corner is usually empty
        threshold.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        threshold.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        threshold.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 210));
        plot.addRangeMarker(threshold, Layer.FOREGROUND);
        chart = new JFreeChart(bySplit ? "Scores per split" : "Scores per class", JFreeChart.DEFAULT_TITLE_FONT, plot,
                false);
        getChildren().add(Charts.viewer(chart));
        getStyleClass().add("chart-card");
    }

    void show(Map<String, BoxFigures> boxes) {
        DefaultBoxAndWhiskerCategoryDataset next = new DefaultBoxAndWhiskerCategoryDataset();
        // The renderer needs the outlier bounds whenever there are outliers; bounds at the extremes draw every outlier
        // as a plain circle (none as a "far out" arrow).
        boxes.forEach((group, box) -> next.add(new BoxAndWhiskerItem(box.mean(), box.median(), box.q1(), box.q3(),
                box.lowWhisker(), box.highWhisker(), box.min(), box.max(), box.outliers()), SERIES, group));
        data = next;
        lowestScore = boxes.values().stream().mapToDouble(BoxFigures::min).filter(Double::isFinite).min()
                .orElse(Double.NaN);
        highestScore = boxes.values().stream().mapToDouble(BoxFigures::max).filter(Double::isFinite).max()
                .orElse(Double.NaN);
        plot.setDataset(next);
        fitScoreAxis();
    }

    void setThreshold(double value) {
        threshold.setValue(value);
        threshold.setLabel("threshold " + dev.vigil.ui.common.Numbers.compact(value));
        fitScoreAxis();
    }

    /**
     * The dataset's own range ends at the whiskers: outliers and a threshold beyond them would fall off the chart.
     * The axis spans every score and the threshold, with a little room on both sides.
     */
    private void fitScoreAxis() {
        double low = Math.min(lowestScore, threshold.getValue());
        double high = Math.max(highestScore, threshold.getValue());
        if (Double.isNaN(lowestScore) || !Double.isFinite(low) || !Double.isFinite(high)) {
            scores.setAutoRange(true);
            return;
        }
        double room = high > low ? 0.06 * (high - low) : Math.max(1e-9, Math.abs(high) * 0.1);
        scores.setRange(low - room, high + room);
    }

    double thresholdShown() {
        return threshold.getValue();
    }

    int groups() {
        return data.getColumnCount();
    }

    JFreeChart chart() {
        return chart;
    }

}
