package dev.vigil.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A log list keeps its newest line in full view as lines arrive. */
@ExtendWith(ApplicationExtension.class)
class ListsTest {

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private ListView<String> list;

    @Start
    void start(Stage stage) {
        list = new ListView<>(lines);
        Lists.followEnd(list);
        stage.setScene(new Scene(new StackPane(list), 300, 160));
        stage.show();
    }

    @Test
    void theNewestLineIsShownWholeAfterEachAddition(FxRobot robot) {
        for (int i = 1; i <= 30; i++) {
            String line = "line " + i;
            robot.interact(() -> lines.add(line));
            WaitForAsyncUtils.waitForFxEvents();
            if (i > 8) {
                assertTrue(newestLineShownWhole(robot), "line " + i + " is below the fold");
            }
        }
    }

    private boolean newestLineShownWhole(FxRobot robot) {
        Bounds view = list.localToScene(list.getLayoutBounds());
        return robot.lookup(".list-cell").queryAll().stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.getIndex() == lines.size() - 1 && cell.isVisible())
                .anyMatch(cell -> {
                    Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                    return bounds.getMaxY() <= view.getMaxY() + 0.5 && bounds.getMinY() >= view.getMinY() - 0.5;
                });
    }
}
