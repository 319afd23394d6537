package dev.vigil.ui;

import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.results.ScoredClip;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys of the review screen after a clip is opened from the results, pressed as a user presses them. */
class ReviewKeysTest extends RunWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @Test
    void arrowsStepFramesAndCtrlArrowsGoToFlaggedClipsAfterOpeningAClipFromResults(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().openRun(run));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        // the screen tab was clicked last, as a user reaching the results does
        robot.clickOn("#step-results");
        robot.interact(() -> model.results().thresholdProperty().set(-1e9));
        TableView<ScoredClip> table = robot.lookup("#score-table").queryTableView();
        waitFor(() -> !table.getItems().isEmpty(), "clips listed");
        ScoredClip withVideo = table.getItems().stream().filter(c -> c.file() != null
                && java.nio.file.Files.isRegularFile(c.file())).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(withVideo);
            table.scrollTo(withVideo);
        });
        robot.doubleClickOn(robot.lookup("#score-table .table-row-cell").match((javafx.scene.control.TableRow<?> r)
                -> r.getItem() == withVideo).queryAs(javafx.scene.Node.class));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.REVIEW, "review shown");
        PlayerViewModel player = model.review().player();
        waitFor(() -> player.readyProperty().get() && player.positionProperty().get() == 0, "first frame shown");

        robot.type(KeyCode.RIGHT);
        waitFor(() -> player.positionProperty().get() == 1, "Right steps one frame");
        assertEquals(Screen.REVIEW, model.navigation().screenProperty().get(), "Right does not change the screen");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.LEFT);
        waitFor(() -> player.positionProperty().get() == 2, "Left steps back");
        assertEquals(Screen.REVIEW, model.navigation().screenProperty().get());

        ScoredClip before = model.review().selectedProperty().get();
        assertTrue(model.review().hasNextFlaggedProperty().get(), "every clip is flagged at this threshold");
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> model.review().selectedProperty().get() != before, "Ctrl+Right goes to the next flagged clip");
        assertNotEquals(before, model.review().selectedProperty().get());
    }
}
