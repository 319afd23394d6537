package dev.vigil.ui.training;

import dev.vigil.training.EpochRecord;
import dev.vigil.ui.common.Charts;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.util.List;

/**
 * Train and validation loss per epoch. It follows a list of epochs: added epochs are appended to the series without
 * an event each, then the chart redraws once for the whole batch, so a fast stream does not freeze the window.
 */
public final class LossChart extends StackPane {

    private final XYSeries train = new XYSeries("train", true, false);
    private final XYSeries validation = new XYSeries("validation", true, false);
    private final XYPlot plot;
    private final NumberAxis linear = new NumberAxis("loss");
    private final LogAxis logarithmic = new LogAxis("loss (log)");

    public LossChart(ObservableList<EpochRecord> epochs, BooleanProperty logScale) {
        getStyleClass().add("chart-card");
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(train);
        data.addSeries(validation);
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setAutoRangeIncludesZero(false);
        linear.setAutoRangeIncludesZero(false);
        logarithmic.setSmallestValue(1e-12);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Charts.BLUE);
        renderer.setSeriesPaint(1, Charts.AMBER);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        plot = new XYPlot(data, epochAxis, linear, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        getChildren().add(Charts.viewer(chart));

        epochs.addListener((ListChangeListener<EpochRecord>) change -> {
            while (change.next()) {
                if (change.wasRemoved() || change.wasPermutated() || change.wasReplaced()) {
                    replaceAll(change.getList());
                    return;
                }
                if (change.wasAdded()) {
                    append(change.getAddedSubList());
                }
            }
        });
        replaceAll(epochs);
        logScale.addListener((obs, old, now) -> useLogScale(now));
        useLogScale(logScale.get());
    }

    /** Number of points in the train series, for tests and the empty-state check. */
    public int trainPoints() {
        return train.getItemCount();
    }

    public int validationPoints() {
        return validation.getItemCount();
    }

    public ValueAxis lossAxis() {
        return plot.getRangeAxis();
    }

    private void replaceAll(List<? extends EpochRecord> all) {
        train.clear();
        validation.clear();
        append(all);
    }

    private void append(List<? extends EpochRecord> added) {
        if (added.isEmpty()) {
            return;
        }
        for (EpochRecord epoch : added) {
            // a log axis cannot show 0 or less: such points are left out rather than breaking the plot
            if (Double.isFinite(epoch.trainLoss())) {
                train.add(epoch.epoch(), epoch.trainLoss(), false);
            }
            if (Double.isFinite(epoch.validationLoss())) {
                validation.add(epoch.epoch(), epoch.validationLoss(), false);
            }
        }
        train.fireSeriesChanged();
        validation.fireSeriesChanged();
    }

    private void useLogScale(boolean log) {
        ValueAxis axis = log ? logarithmic : linear;
        Charts.axis(axis);
        plot.setRangeAxis(axis);
    }
}
