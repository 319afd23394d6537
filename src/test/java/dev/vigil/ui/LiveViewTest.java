package dev.vigil.ui;

import dev.vigil.cli.SceneBundle;
import dev.vigil.timeline.BusyScene;
import dev.vigil.ui.live.LiveAlert;
import dev.vigil.ui.live.LiveView;
import dev.vigil.ui.live.LiveViewModel;
import dev.vigil.ui.player.PlayerViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.vigil.ui.TestWindow.onFx;
import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live view watching a generated fixed-camera scene played in real time with a scene bundle: the picture, the
 * rolling timeline with its threshold, the status line and the alerts come in while it plays, and a click on an
 * alert replays its clip.
 */
@ExtendWith(ApplicationExtension.class)
class LiveViewTest {

    @TempDir
    static Path dir;
    private static Path bundle;
    private static Path video;
    private final StubFilePicker picker = new StubFilePicker();
    private LiveView view;
    private PlayerViewModel player;

    @BeforeAll
    static void bundleAndVideo() throws Exception {
        bundle = SceneBundle.make(dir);
        // the object races along the walkway in frames 50-89 of 120 (12 s at 10 fps)
        video = BusyScene.write(dir.resolve("cyclist.mp4"), 120, 21, 50, 89);
    }

    @Start
    void start(Stage stage) {
        player = new PlayerViewModel(Platform::runLater);
        view = new LiveView(new LiveViewModel(Platform::runLater, dir.resolve("watches")), player, picker);
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().add(Stylesheet.location());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(view::dispose).get(10, TimeUnit.SECONDS);
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void watchesAFileInRealTimeAndReplaysAnAlertsClip(FxRobot robot) throws Exception {
        LiveViewModel model = view.model();
        picker.open = bundle;
        robot.clickOn("Bundle…");
        robot.clickOn("#live-source").write(video.toString());
        waitFor(() -> model.canStartProperty().get(), "a source and a bundle");
        robot.clickOn("#live-start");
        waitFor(() -> model.pictureProperty().get() != null, "the live picture", 30);
        waitFor(() -> model.statusProperty().get().contains("frames/s"), "the status line", 30);
        waitFor(() -> model.scoresProperty().get() != null && model.scoresProperty().get().length > 20,
                "the rolling timeline", 30);
        assertTrue(onFx(() -> Double.isFinite(model.thresholdProperty().get())), "the threshold is drawn");
        waitFor(() -> !model.runningProperty().get(), "the end of the file", 60);
        assertTrue(model.statusProperty().get().contains("end of file"), model.statusProperty().get());
        assertEquals(120, model.scoresProperty().get().length, "every frame's score in the last minutes");
        LiveAlert alert = onFx(() -> model.alerts().stream().filter(LiveAlert::closed).findFirst().orElseThrow(
                () -> new AssertionError("no alert: " + model.alerts())));
        waitFor(() -> Files.isRegularFile(alert.clip()), "the alert's clip is written");
        robot.clickOn(alert.text());
        waitFor(() -> alert.clip().equals(player.fileProperty().get()), "the clip replays", 20);
        assertTrue(alert.clip().startsWith(model.watchFolder()));
    }
}
