package dev.vigil.ui.dataset;

import dev.vigil.ui.common.Charts;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.List;
import java.util.Map;

/** Clips per class (one bar each) stacked by split, in the splits' colours. */
final class ClipCountChart extends StackPane {

    private static final List<String> SPLIT_ORDER = List.of("train", "val", "test", "anomaly", "—");

    private final StackedBarRenderer renderer = new StackedBarRenderer();
    private final CategoryPlot plot;
    private DefaultCategoryDataset data = new DefaultCategoryDataset();

    ClipCountChart(ObservableValue<Map<String, Map<String, Integer>>> counts) {
        CategoryAxis classes = new CategoryAxis(null);
        NumberAxis clips = new NumberAxis("clips");
        clips.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        plot = new CategoryPlot(data, classes, clips, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartViewer viewer = Charts.viewer(chart);
        getChildren().add(viewer);
        getStyleClass().add("chart-card");
        counts.addListener((obs, old, now) -> show(now));
        show(counts.getValue());
    }

    int seriesCount() {
        return data.getRowCount();
    }

    int classCount() {
        return data.getColumnCount();
    }

    /** Builds a new dataset and swaps it in: one redraw, not one per value. */
    private void show(Map<String, Map<String, Integer>> shown) {
        DefaultCategoryDataset next = new DefaultCategoryDataset();
        Map<String, Map<String, Integer>> counts = shown == null ? Map.of() : shown;
        for (String split : SPLIT_ORDER) {
            if (counts.values().stream().noneMatch(perSplit -> perSplit.containsKey(split))) {
                continue;
            }
            counts.forEach((className, perSplit) -> next.addValue(perSplit.getOrDefault(split, 0), split, className));
        }
        for (int row = 0; row < next.getRowCount(); row++) {
            renderer.setSeriesPaint(row, Charts.splitColor((String) next.getRowKey(row)), false);
        }
        data = next;
        plot.setDataset(next);
    }
}
