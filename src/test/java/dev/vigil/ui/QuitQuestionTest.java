package dev.vigil.ui;

import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question asked when quitting during training goes away when the training ends on its own. */
@ExtendWith(ApplicationExtension.class)
class QuitQuestionTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void trainingThatEndsWhileAskedAnswersTheQuestion(FxRobot robot) throws Exception {
        SimpleBooleanProperty training = new SimpleBooleanProperty(true);
        AtomicReference<Boolean> quit = new AtomicReference<>();
        Platform.runLater(() -> quit.set(Dialogs.confirmStopTraining(stage, training)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#stop-training-dialog").tryQuery().map(Node::isVisible).orElse(false));

        robot.interact(() -> training.set(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> quit.get() != null);
        assertEquals(Boolean.TRUE, quit.get(), "the window closes as asked");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#stop-training-dialog").tryQuery().isEmpty(), "the question is gone");
    }

    @Test
    void cancelKeepsTheWindowAndTheTraining(FxRobot robot) throws Exception {
        SimpleBooleanProperty training = new SimpleBooleanProperty(true);
        AtomicReference<Boolean> quit = new AtomicReference<>();
        Platform.runLater(() -> quit.set(Dialogs.confirmStopTraining(stage, training)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#stop-training-dialog").tryQuery().map(Node::isVisible).orElse(false));
        javafx.scene.control.DialogPane pane = robot.lookup("#stop-training-dialog").query();
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> quit.get() != null);
        assertEquals(Boolean.FALSE, quit.get());
    }
}
