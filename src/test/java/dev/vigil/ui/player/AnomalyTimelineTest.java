package dev.vigil.ui.player;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class AnomalyTimelineTest {

    private final AnomalyTimeline timeline = new AnomalyTimeline();
    private final AtomicLong sought = new AtomicLong(-1);

    @Start
    void start(Stage stage) {
        StackPane root = new StackPane(timeline);
        timeline.setPrefSize(400, 80);
        stage.setScene(new Scene(root, 400, 80));
        stage.show();
    }

    /** 1000 frames, scores 1 except frames 600–699 at 10. */
    private static double[] scores() {
        double[] scores = new double[1000];
        java.util.Arrays.fill(scores, 1);
        java.util.Arrays.fill(scores, 600, 700, 10);
        return scores;
    }

    @Test
    void shadesFlaggedStretchesAndSeeksWhereClicked(FxRobot robot) throws Exception {
        robot.interact(() -> {
            timeline.scoresProperty().set(scores());
            timeline.thresholdProperty().set(5);
            timeline.frameCountProperty().set(1000);
            timeline.positionProperty().set(100);
            timeline.onSeekProperty().set(sought::set);
        });
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> timeline.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        // inside the flagged stretch (x ≈ 650/1000 of 400) the background is shaded red; before it, white
        Color flagged = image.getPixelReader().getColor(260, 20);
        Color normal = image.getPixelReader().getColor(150, 20);
        assertTrue(flagged.getRed() > flagged.getBlue() + 0.05, "shaded: " + flagged);
        assertEquals(Color.WHITE, normal);

        robot.clickOn(robot.point(timeline));
        long frame = sought.get();
        assertTrue(Math.abs(frame - 500) <= 5, "clicked the middle, sought frame " + frame);
    }

    @Test
    void flaggedSegmentsAreRunsAtOrAboveTheThreshold() {
        assertEquals(List.of(new FlaggedSegments.Segment(600, 700)), FlaggedSegments.of(scores(), 5));
        assertEquals(List.of(new FlaggedSegments.Segment(0, 1000)), FlaggedSegments.of(scores(), 1));
        assertEquals(List.of(new FlaggedSegments.Segment(1, 2), new FlaggedSegments.Segment(3, 4)),
                FlaggedSegments.of(new double[] {0, 2, 0, 2}, 2));
        assertTrue(FlaggedSegments.of(scores(), Double.NaN).isEmpty());
    }
}
