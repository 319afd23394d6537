package dev.vigil.ui.common;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** One look for every chart of the workbench: white plot, light grid, the workbench's colours and fonts. */
public final class Charts {

    public static final Color BLUE = new Color(0x3a5ccc);
    public static final Color RED = new Color(0xe5484d);
    public static final Color GREEN = new Color(0x30a46c);
    public static final Color AMBER = new Color(0xf0a020);
    public static final Color TEAL = new Color(0x12a594);
    public static final Color PURPLE = new Color(0x8e4ec6);
    public static final Color GREY = new Color(0x9aa1ad);
    public static final Color TEXT = new Color(0x3c4250);
    public static final Color GRID = new Color(0xe6e8ee);
    public static final Color[] PALETTE = {BLUE, AMBER, TEAL, PURPLE, GREEN, RED, GREY};

    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 12);
    private static final Font TICK = new Font("SansSerif", Font.PLAIN, 11);
    private static final Map<String, Color> SPLITS = Map.of("train", BLUE, "val", TEAL, "test", AMBER,
            "anomaly", RED);

    private Charts() {
    }

    /** The colour of a split, the same in every chart. */
    public static Color splitColor(String split) {
        return SPLITS.getOrDefault(split.toLowerCase(Locale.ROOT), GREY);
    }

    /** Styles a chart and wraps it in a viewer. */
    public static ChartViewer viewer(JFreeChart chart) {
        style(chart);
        ChartViewer viewer = new ChartViewer(chart);
        // the wheel zooms a chart with no way back, and charts sit in panels that scroll: the wheel is the panel's
        var canvas = viewer.getCanvas();
        var wheelZoom = canvas.getMouseHandler("scroll");
        if (wheelZoom != null) {
            canvas.removeAuxiliaryMouseHandler(wheelZoom);
        }
        viewer.getStyleClass().add("chart-viewer");
        // a chart takes no keys: a tab stop on it would only seem to lose the focus
        viewer.setFocusTraversable(false);
        viewer.setMinSize(120, 120);
        return viewer;
    }

    public static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(new Font("SansSerif", Font.BOLD, 13));
            chart.getTitle().setPaint(TEXT);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TICK);
            legend.setItemPaint(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            grid(xy);
            axis(xy.getDomainAxis());
            axis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            category.setDomainGridlinesVisible(false);
            axis(category.getDomainAxis());
            axis(category.getRangeAxis());
        }
    }

    private static void grid(XYPlot plot) {
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
    }

    /** Styles an axis; call again after replacing one. */
    public static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }

    /** Draws a chart at the given size, to be written as {@code file}. */
    public static ChartImage draw(JFreeChart chart, Path file, int width, int height) {
        return new ChartImage(chart.createBufferedImage(width, height), file);
    }
}
