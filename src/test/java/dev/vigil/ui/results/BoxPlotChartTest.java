package dev.vigil.ui.results;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score axis of the box plots reaches every drawn score and the threshold, wherever the slider puts it. */
@ExtendWith(ApplicationExtension.class)
class BoxPlotChartTest {

    private BoxPlotChart chart;

    @Start
    void start(Stage stage) {
        chart = new BoxPlotChart(true);
        stage.setScene(new Scene(chart, 500, 300));
        stage.show();
    }

    /** Scores around 0.3 with a tail of outliers up to {@code top}, as a long training run leaves them. */
    private static double[] scoresWithOutliers(long seed, double top) {
        Random random = new Random(seed);
        double[] scores = new double[200];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = 0.3 + 0.02 * random.nextGaussian();
        }
        scores[0] = top;
        scores[1] = top - 0.1;
        Arrays.sort(scores);
        return scores;
    }

    @Test
    void theAxisTakesInTheOutliersAndAThresholdAboveThem(FxRobot robot) {
        Map<String, BoxFigures> boxes = new LinkedHashMap<>();
        boxes.put("train", BoxFigures.of(scoresWithOutliers(1, 0.66)));
        boxes.put("anomaly", BoxFigures.of(scoresWithOutliers(2, 0.5)));
        assertFalse(boxes.get("train").outliers().isEmpty(), "the fixture has outliers");
        robot.interact(() -> {
            chart.show(boxes);
            chart.setThreshold(0.3);
        });
        ValueAxis axis = ((CategoryPlot) chart.chart().getPlot()).getRangeAxis();
        assertTrue(axis.getUpperBound() > 0.66, "the highest outlier is drawn: axis ends at " + axis.getUpperBound());
        assertTrue(axis.getLowerBound() < boxes.get("train").min());

        robot.interact(() -> chart.setThreshold(0.9));
        assertTrue(axis.getUpperBound() > 0.9, "a threshold above every score has its line: " + axis.getUpperBound());
        robot.interact(() -> chart.setThreshold(0.01));
        assertTrue(axis.getLowerBound() < 0.01, "and one below every score: " + axis.getLowerBound());
        assertTrue(axis.getUpperBound() > 0.66 && axis.getUpperBound() < 0.9, "the axis shrinks back to the scores");
    }
}
