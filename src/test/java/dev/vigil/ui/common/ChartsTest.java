package dev.vigil.ui.common;

import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mouse wheel over a chart never zooms it: it is left to the panel the chart sits in. */
@ExtendWith(ApplicationExtension.class)
class ChartsTest {

    private NumberAxis counts;
    private ChartViewer viewer;

    @Start
    void start(Stage stage) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < 5; i++) {
            data.addValue(12, "clips", "class " + i);
        }
        counts = new NumberAxis("clips");
        viewer = Charts.viewer(new JFreeChart(new CategoryPlot(data, new CategoryAxis(null), counts,
                new BarRenderer())));
        viewer.setPrefSize(380, 300);
        stage.setScene(new Scene(new VBox(viewer), 400, 400));
        stage.show();
    }

    @Test
    void theWheelLeavesTheAxisAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Range before = counts.getRange();
        robot.moveTo(viewer).scroll(6, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, counts.getRange(), "the chart did not zoom");
    }
}
