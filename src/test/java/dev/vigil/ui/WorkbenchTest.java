package dev.vigil.ui;

import dev.vigil.dataset.Split;
import dev.vigil.ui.dataset.ClipRow;
import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.results.ScoredClip;
import dev.vigil.training.EpochRecord;
import dev.vigil.ui.training.LossChart;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clicks through the workbench window headless: real decoding, real charts, real JavaFX under Monocle. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {

    @TempDir
    static Path dir;
    private static Path manifest;
    private TestWindow window;
    private MainViewModel model;
    private MainView view;
    private final StubFilePicker picker = new StubFilePicker();

    @BeforeAll
    static void writeDataset() throws Exception {
        manifest = TestDatasets.manifest(Files.createDirectories(dir.resolve("data")));
    }

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.show(stage, dir, new dev.vigil.experiment.ExperimentPipeline(new SyntheticEmbedder()), picker);
        model = window.model();
        view = window.view();
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void opensAManifestFillsTheTableThenPlaysAClipInReview(FxRobot robot) throws Exception {
        picker.open = manifest;
        robot.clickOn("#open-manifest");
        TableView<ClipRow> table = robot.lookup("#clip-table").queryTableView();
        waitFor(() -> table.getItems().size() == 5 && model.dataset().probedProperty().get() == 5, "table filled");
        assertEquals(1, model.dataset().problemsProperty().get());
        assertEquals("5 clips · 3 classes · 1 problem", robot.lookup("#dataset-summary").queryLabeled().getText());
        assertTrue(robot.lookup("run/broken.mp4").tryQuery().isPresent(), "the broken clip is listed");
        assertTrue(model.log().snapshot().stream().anyMatch(line -> line.contains("Probe 5 clips: done")));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitFor(() -> model.navigation().screenProperty().get() == Screen.REVIEW, "review screen");
        ListView<ScoredClip> list = robot.lookup("#review-list").queryListView();
        waitFor(() -> list.getItems().size() == 5, "review lists the dataset's clips");
        robot.clickOn("walk/b.mp4");
        PlayerViewModel player = model.review().player();
        waitFor(() -> player.positionProperty().get() == 0, "first frame shown");
        assertEquals("walk", robot.lookup("#fact-class").queryLabeled().getText());
        assertEquals("test", robot.lookup("#fact-split").queryLabeled().getText());
        Image image = player.imageProperty().get();
        int firstIndex = shownIndex(image);
        String firstPosition = robot.lookup("#position").queryLabeled().getText();

        robot.clickOn("#play-pause");
        waitFor(() -> player.positionProperty().get() >= 8, "frames advance");
        robot.clickOn("#play-pause");
        WaitForAsyncUtils.waitForFxEvents();
        long paused = player.positionProperty().get();
        assertNotEquals(firstIndex, shownIndex(image), "the displayed image changed");
        assertEquals(paused, shownIndex(image));
        assertNotEquals(firstPosition, robot.lookup("#position").queryLabeled().getText(), "the position label moved");

        robot.clickOn("#step-back");
        waitFor(() -> player.positionProperty().get() == paused - 1, "one frame back");
        robot.clickOn("#step-forward");
        robot.clickOn("#step-forward");
        waitFor(() -> player.positionProperty().get() == paused + 1, "two frames forward");
        Slider scrub = robot.lookup("#scrub").query();
        robot.interact(() -> scrub.setValue(25));
        waitFor(() -> player.positionProperty().get() == 25, "scrubbed");
        assertEquals(25, shownIndex(image));
    }

    @Test
    void preparesAFolderAfterTickingItsAnomalousClass(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        TestDatasets.clip(folder.resolve("walk/w1.mp4"), 30);
        TestDatasets.clip(folder.resolve("walk/w2.mp4"), 30);
        TestDatasets.clip(folder.resolve("bike/b1.mp4"), 30);
        picker.folder = folder;
        robot.clickOn("#open-folder");
        waitFor(() -> model.dataset().planProperty().get() != null, "probed and planned");
        assertTrue(robot.lookup("#plan-summary").queryLabeled().getText().startsWith("Keeps 3 of 3 clips"));
        robot.clickOn(robot.lookup("#class-table .check-box").nth(0).queryAs(Node.class));
        waitFor(() -> model.dataset().rows().stream().anyMatch(row -> row.split() == Split.ANOMALY), "bike is anomalous");

        Path out = dir.resolve("folder-prepared");
        picker.folder = out;
        robot.clickOn("#prepare");
        waitFor(() -> out.resolve("manifest.csv").equals(model.dataset().sourceProperty().get())
                && model.dataset().probedProperty().get() == 3, "the prepared manifest is open");
        assertTrue(Files.isRegularFile(out.resolve("preparation.json")));
        assertTrue(model.log().snapshot().stream().anyMatch(line -> line.contains("Prepared 3 clips")));
    }

    @Test
    void theLossChartShowsEpochsStreamedFromAWorker(FxRobot robot) throws Exception {
        robot.clickOn("#step-training");
        LossChart chart = robot.lookup("#loss-chart").query();
        Thread worker = new Thread(() -> {
            for (int epoch = 1; epoch <= 300; epoch++) {
                model.training().acceptEpoch(new EpochRecord(epoch, 1e-3, 10.0 / epoch, 12.0 / epoch, epoch));
            }
        });
        worker.start();
        worker.join();
        waitFor(() -> chart.trainPoints() == 300 && chart.validationPoints() == 300, "all epochs plotted");
        assertTrue(robot.lookup("#training-summary").queryLabeled().getText().startsWith("Epoch 300"));
        robot.clickOn("#log-scale");
        assertInstanceOf(LogAxis.class, chart.lossAxis());
        Button start = robot.lookup("#train-start").queryButton();
        assertTrue(start.isDisabled(), "no dataset is open: Start stays off");
        assertEquals("Open a dataset first (Dataset screen)", robot.lookup("#train-message").queryLabeled().getText());
        ListView<String> log = robot.lookup("#training-log").queryListView();
        assertEquals(300, log.getItems().size());
    }

    @Test
    void theLayoutEditorCountsParametersAndRejectsBadSizes(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Label count = robot.lookup("#parameter-count").queryAs(Label.class);
        String before = count.getText();
        TextField layer2 = robot.lookup("#layer-2").queryAs(TextField.class);
        robot.doubleClickOn(layer2).eraseText(6).write("12x");
        Label problem = robot.lookup("#layout-problem").queryAs(Label.class);
        assertEquals("Layer 2: '12x' is not a whole number", problem.getText());
        assertTrue(problem.isVisible());
        assertEquals("—", count.getText());
        robot.eraseText(1);
        assertFalse(problem.isVisible());
        assertNotEquals(before, count.getText());
        // 512 → 256 → 12 → 64: the count is BatchNorm + mirrored Linear layers
        long expected = 2 * 512 + 2L * (512 * 256) + 256 + 512 + 2L * (256 * 12) + 12 + 256 + 2L * (12 * 64) + 64 + 12;
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", expected), count.getText());
        robot.clickOn("#add-layer");
        assertTrue(robot.lookup("#layer-4").tryQuery().isPresent());
    }

    @Test
    void startTrainingIsOnEveryScreenButTheTrainingScreen(FxRobot robot) throws Exception {
        Button start = robot.lookup("#step-bar-start").queryButton();
        assertTrue(start.isVisible() && start.isDisabled(), "no dataset yet: shown, and off");
        picker.open = SyntheticEmbedder.manifest(dir.resolve("synthetic"));
        robot.clickOn("#open-manifest");
        waitFor(() -> !start.isDisabled(), "a prepared dataset: Start is on");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(start.isVisible(), "the training screen has its own Start");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(start);
        waitFor(() -> model.navigation().screenProperty().get() == Screen.TRAINING,
                "the training screen shows the run");
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS
                && !model.training().taskActiveProperty().get(),
                "the run finished and its results show", 60);
    }

    @Test
    void helpListsTheShortcuts(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node dialog = robot.lookup("#shortcuts-dialog").query();
        assertTrue(dialog.isVisible());
        assertTrue(robot.lookup("Start training").tryQuery().isPresent());
        robot.clickOn("Close");
    }


    private static int shownIndex(Image image) throws Exception {
        return ShownFrames.index(image, TestDatasets.BITS);
    }
}
