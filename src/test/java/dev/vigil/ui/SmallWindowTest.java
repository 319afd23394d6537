package dev.vigil.ui;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.ui.longvideo.TimelineEngine;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench at the smallest size it allows, 1024×700: no control's text is cut short, tables keep rows. */
class SmallWindowTest extends RunWindowTest {

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @Override
    TestWindow open(Stage stage) throws Exception {
        return TestWindow.show(stage, dir, new dev.vigil.experiment.ExperimentPipeline(new SyntheticEmbedder()),
                new StubFilePicker(), new TimelineEngine(new BackboneRegistry(null),
                        new EmbeddingCache(dir.resolve("cache"))), VigilApp.MIN_WIDTH, VigilApp.MIN_HEIGHT);
    }

    @Test
    void everyScreenFitsItsTexts(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().openRun(run));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cut(window.view()), "results");
        TableView<?> clips = robot.lookup("#score-table").queryTableView();
        double rowHeight = robot.lookup("#score-table .table-row-cell").queryAs(javafx.scene.layout.Region.class)
                .getHeight();
        assertTrue(clips.getHeight() > 5 * rowHeight, "the clip table shows at least 4 rows: " + clips.getHeight());

        for (Screen screen : Screen.values()) {
            robot.interact(() -> model.navigation().screenProperty().set(screen));
            WaitForAsyncUtils.waitForFxEvents();
            if (screen == Screen.REVIEW) {
                robot.interact(() -> model.review().selectedProperty().set(model.review().visibleClips().get(0)));
                waitFor(() -> model.review().player().readyProperty().get(), "a clip is open");
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertEquals(List.of(), cut(window.view()), screen.title());
        }
    }

    /** The controls whose text shows cut short (ending in the ellipsis) where it is on screen. */
    private static List<String> cut(Node root) throws Exception {
        return TestWindow.onFx(() -> {
            List<String> found = new ArrayList<>();
            collect(root, found);
            return found;
        });
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        // a label that carries its whole text in a tooltip may give way
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && (labeled.getTooltip() == null || !labeled.getText().equals(labeled.getTooltip().getText()))) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && text.getText() != null && !text.getText().equals(labeled.getText())
                        && text.getText().endsWith(labeled.getEllipsisString())) {
                    found.add(labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#"
                            + labeled.getId()) + " '" + labeled.getText() + "' shows '" + text.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
