package dev.vigil.ui;

import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every tab stop of the results screen shows that it has the focus: it looks different focused and not. */
class FocusRingTest extends RunWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @Test
    void everyTabStopOnTheResultsScreenShowsItsFocus(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().openRun(run));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        Node results = robot.lookup("#screen-results").query();
        robot.interact(() -> robot.lookup("#detector").query().requestFocus());
        Map<Node, Image> focused = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = TestWindow.onFx(() -> window.view().getScene().getFocusOwner());
            if (focused.containsKey(owner)) {
                break;
            }
            if (TestWindow.onFx(() -> isInside(owner, results))) {
                focused.put(owner, TestWindow.onFx(() -> owner.snapshot(null, null)));
            }
            robot.type(KeyCode.TAB);
        }
        assertTrue(focused.size() >= 10, "the results screen has its tab stops: " + focused.keySet());
        robot.interact(() -> robot.lookup("#step-dataset").query().requestFocus());
        List<String> unmarked = new ArrayList<>();
        for (Map.Entry<Node, Image> entry : focused.entrySet()) {
            Image plain = TestWindow.onFx(() -> entry.getKey().snapshot(null, null));
            if (same(plain, entry.getValue())) {
                unmarked.add(describe(entry.getKey()));
            }
        }
        assertEquals(List.of(), unmarked, "tab stops that look the same focused and not");
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled labeled ? " '" + labeled.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
