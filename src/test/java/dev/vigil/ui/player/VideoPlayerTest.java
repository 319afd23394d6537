package dev.vigil.ui.player;

import dev.vigil.ui.ShownFrames;
import dev.vigil.video.TestVideos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class VideoPlayerTest {

    private static final int BITS = 7;

    @TempDir
    static Path dir;
    private static Path clip;
    private VideoPlayer player;

    @BeforeAll
    static void writeClip() throws Exception {
        // 80 frames at 25 fps: the frame index is painted into each frame, so the test reads what is on screen
        clip = TestVideos.write(dir.resolve("code.mp4"), 224, 64, 80, 25, false, TestVideos.frameIndexCode(BITS));
    }

    @Start
    void start(Stage stage) {
        player = new VideoPlayer(new PlayerViewModel(javafx.application.Platform::runLater));
        stage.setScene(new Scene(player, 640, 400));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(player::dispose).get(5, TimeUnit.SECONDS);
    }

    @Test
    void playsStepsAndScrubsShowingTheRightFrames(FxRobot robot) throws Exception {
        PlayerViewModel model = player.model();
        robot.interact(() -> model.open(clip));
        waitFor(() -> model.positionProperty().get() == 0, "first frame shown");
        assertEquals(0, shownIndex(model));
        Label position = robot.lookup("#position").queryAs(Label.class);
        String firstText = position.getText();
        assertTrue(firstText.contains("frame 1 / 80"), firstText);

        robot.clickOn("#play-pause");
        waitFor(() -> model.positionProperty().get() >= 10, "playback advanced");
        robot.clickOn("#play-pause");
        WaitForAsyncUtils.waitForFxEvents();
        long paused = model.positionProperty().get();
        assertTrue(paused >= 10);
        assertEquals(paused, shownIndex(model), "the image shows the frame the position names");
        assertNotEquals(firstText, position.getText());

        robot.clickOn("#step-forward");
        waitFor(() -> model.positionProperty().get() == paused + 1, "stepped forward");
        assertEquals(paused + 1, shownIndex(model));
        robot.clickOn("#step-back");
        robot.clickOn("#step-back");
        waitFor(() -> model.positionProperty().get() == paused - 1, "stepped back twice");
        assertEquals(paused - 1, shownIndex(model));

        Slider scrub = robot.lookup("#scrub").queryAs(Slider.class);
        robot.interact(() -> scrub.setValue(66));
        waitFor(() -> model.positionProperty().get() == 66, "scrubbed to 66");
        assertEquals(66, shownIndex(model));
        assertTrue(position.getText().contains("frame 67 / 80"), position.getText());

        robot.interact(() -> scrub.setValue(3));
        waitFor(() -> model.positionProperty().get() == 3, "scrubbed back to 3");
        assertEquals(3, shownIndex(model));
    }

    @Test
    void playsToTheEndAndStops(FxRobot robot) throws Exception {
        PlayerViewModel model = player.model();
        robot.interact(() -> {
            model.open(clip);
            model.speedProperty().set(4.0);
        });
        waitFor(() -> model.readyProperty().get(), "opened");
        robot.interact(model::play);
        waitFor(() -> !model.playingProperty().get() && model.positionProperty().get() == 79, "stopped at the end");
        assertEquals(79, shownIndex(model));
    }

    @Test
    void opensAtAGivenFrame(FxRobot robot) throws Exception {
        PlayerViewModel model = player.model();
        robot.interact(() -> model.open(clip, 52));
        waitFor(() -> model.positionProperty().get() == 52, "opened at frame 52");
        assertEquals(52, shownIndex(model));
        robot.interact(() -> model.open(clip, 500));
        waitFor(() -> model.positionProperty().get() == 79, "past the end: the last frame");
        assertEquals(79, shownIndex(model));
    }

    @Test
    void namesTheFileWhenItIsNotAVideo(FxRobot robot) throws Exception {
        Path bogus = java.nio.file.Files.writeString(dir.resolve("notes.mp4"), "not a video");
        robot.interact(() -> player.model().open(bogus));
        waitFor(() -> !player.model().errorProperty().get().isEmpty(), "error shown");
        assertTrue(player.model().errorProperty().get().contains("notes.mp4"), player.model().errorProperty().get());
        assertTrue(robot.lookup("#play-pause").queryButton().isDisabled());
    }

    private static int shownIndex(PlayerViewModel model) throws Exception {
        return ShownFrames.index(model.imageProperty().get(), BITS);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
        assertTrue(condition.getAsBoolean(), what);
    }
}
