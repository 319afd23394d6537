package dev.vigil.ui.player;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
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
    void shadesTheGivenSegmentsMarksTheEventsAndSeeksWhereClicked(FxRobot robot) throws Exception {
        robot.interact(() -> {
            timeline.scoresProperty().set(scores());
            timeline.thresholdProperty().set(5);
            timeline.segmentsProperty().set(List.of(new FlaggedSegment(600, 699, 600, 10)));
            timeline.eventsProperty().set(List.of(new FrameRange(200, 299)));
            timeline.frameCountProperty().set(1000);
            timeline.positionProperty().set(100);
            timeline.onSeekProperty().set(sought::set);
        });
        WritableImage image = snapshot();
        // inside the flagged segment (x ≈ 650/1000 of 400) the background is shaded red; before it, white
        Color flagged = image.getPixelReader().getColor(260, 20);
        Color normal = image.getPixelReader().getColor(150, 20);
        assertTrue(flagged.getRed() > flagged.getBlue() + 0.05, "shaded: " + flagged);
        assertEquals(Color.WHITE, normal);
        // the event (frames 200–299, x ≈ 80–120) is a bar along the bottom edge, amber
        Color event = image.getPixelReader().getColor(100, 77);
        assertTrue(event.getRed() > 0.8 && event.getBlue() < 0.3, "event bar: " + event);
        assertEquals(Color.WHITE, image.getPixelReader().getColor(100, 40), "the bar stays at the bottom");

        // what is shaded is what was given: without segments nothing is, whatever the threshold
        robot.interact(() -> timeline.segmentsProperty().set(List.of()));
        assertEquals(Color.WHITE, snapshot().getPixelReader().getColor(260, 20));

        robot.clickOn(robot.point(timeline));
        long frame = sought.get();
        assertTrue(Math.abs(frame - 500) <= 5, "clicked the middle, sought frame " + frame);
    }

    private WritableImage snapshot() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> timeline.snapshot(null, null)).get(5, TimeUnit.SECONDS);
    }
}
