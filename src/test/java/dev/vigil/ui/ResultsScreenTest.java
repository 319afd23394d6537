package dev.vigil.ui;

import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.io.Csv;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.results.DetectorResults;
import dev.vigil.ui.results.RunUiState;
import dev.vigil.ui.results.ScoredClip;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The results and review screens on a real run folder (made by the core's ExperimentRun): opened from the menu,
 * threshold moved by slider, field and suggestions, every number checked against the core's ThresholdSweep computed
 * here on its own, exports written, a flagged clip played.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsScreenTest {

    @TempDir
    static Path dir;
    private static Path run;
    private static ScoreTable scores;
    private TestWindow window;
    private MainViewModel model;
    private MainView view;
    private final StubFilePicker picker = new StubFilePicker();

    @BeforeAll
    static void writeRun() throws Exception {
        run = TestRuns.write(dir.resolve("data"), dir.resolve("runs"), "results-run");
        scores = RunFolder.open(run).read().scores().orElseThrow();
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
    void theThresholdMovesEveryTableAsTheCoreComputesIt(FxRobot robot) throws Exception {
        picker.folder = run;
        robot.clickOn("File").clickOn("Open run…");
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        ComboBox<DetectorResults> detector = robot.lookup("#detector").queryComboBox();
        assertEquals("autoencoder", detector.getValue().id());
        assertEquals(4, detector.getItems().size());
        assertEquals(3, model.training().epochs().size(), "the run's loss history is on the training screen");
        double reported = RunFolder.open(run).read().report().orElseThrow().detectors().get(0).threshold().value();
        assertEquals(reported, model.results().thresholdProperty().get(), "starts at the run's threshold");

        // choose kNN in the combo box, then move the slider
        robot.clickOn(detector);
        robot.clickOn(window.popupItem(robot, detector.getItems().get(1).name()));
        waitFor(() -> "knn".equals(detector.getValue().id()), "kNN chosen");
        ThresholdSweep sweep = ThresholdSweep.of(scores, "knn");
        Slider slider = robot.lookup("#threshold-slider").query();
        double[] range = sweep.range();
        double middle = (range[0] + range[1]) / 2;
        robot.interact(() -> slider.setValue(middle));
        WaitForAsyncUtils.waitForFxEvents();
        shows(robot, sweep.at(middle));
        TextField field = robot.lookup("#threshold-field").queryAs(TextField.class);
        assertEquals(Numbers.compact(middle), field.getText());

        // type a value
        double typed = Math.round(range[0] * 100 + (range[1] - range[0]) * 25) / 100.0;
        robot.doubleClickOn(field).eraseText(field.getText().length()).write(Double.toString(typed))
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(typed, model.results().thresholdProperty().get(), 1e-12);
        shows(robot, sweep.at(typed));
        assertEquals("Set by hand", robot.lookup("#threshold-note").queryLabeled().getText());

        // the suggestions are the core's
        robot.clickOn("#max-f1");
        WaitForAsyncUtils.waitForFxEvents();
        double maxF1 = ThresholdSuggestions.maxF1(sweep).orElseThrow().threshold();
        assertEquals(maxF1, model.results().thresholdProperty().get());
        shows(robot, sweep.at(maxF1));
        assertTrue(robot.lookup("#threshold-note").queryLabeled().getText().startsWith("Suggested: F1"));
        robot.clickOn("#youden");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThresholdSuggestions.youden(sweep).orElseThrow().threshold(),
                model.results().thresholdProperty().get());
        robot.clickOn("#percentile-suggest");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ThresholdSuggestions.validationPercentile(sweep, 95).orElseThrow().threshold(),
                model.results().thresholdProperty().get(), 1e-12);

        // the ROC chart marks the operating point, and its title has the core's AUROC
        robot.interact(() -> model.results().thresholdProperty().set(maxF1));
        WaitForAsyncUtils.waitForFxEvents();
        Confusion at = sweep.at(maxF1).confusion();
        waitFor(() -> view.resultsMarkedRoc() != null
                && Math.abs(view.resultsMarkedRoc()[0] - at.falsePositiveRate()) < 1e-12, "operating point marked");
        assertEquals(at.recall(), view.resultsMarkedRoc()[1], 1e-12);
        assertTrue(view.resultsRocTitle().contains("AUROC " + Numbers.compact(Math.round(sweep.auroc() * 1000)
                / 1000.0)), view.resultsRocTitle());

        // the clip table filtered to flagged clips, exactly those at or above the threshold
        robot.clickOn("#clip-filter");
        robot.clickOn(window.popupItem(robot, "Flagged"));
        TableView<ScoredClip> table = robot.lookup("#score-table").queryTableView();
        long flagged = java.util.Arrays.stream(scores.scores("knn")).filter(s -> s >= maxF1).count();
        waitFor(() -> table.getItems().size() == flagged, "flagged clips listed");
        assertTrue(table.getItems().stream().allMatch(c -> c.score() >= maxF1));

        // the choice is kept in the run folder, beside (never in) the run's own files
        waitFor(() -> Files.isRegularFile(run.resolve(RunUiState.FILE))
                && RunUiState.read(run).thresholds().containsKey("knn"), "threshold kept");
        assertEquals(maxF1, RunUiState.read(run).thresholds().get("knn"));
        assertEquals("knn", RunUiState.read(run).detector());
    }

    @Test
    void fileExportWritesTheTablesAndChartsBesideTheChosenFile(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().openRun(run));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        Path out = Files.createDirectories(dir.resolve("file-export"));
        picker.save = out.resolve("results.csv");
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> model.log().snapshot().stream().anyMatch(line -> line.contains("Exported results to "
                + out.resolve("results.csv") + ", results-accuracy.csv, results-accuracy-metrics.csv and the charts "
                + "results.png (with -roc and -pr)")), "the export confirmed in the log", 30);
        for (String name : List.of("results.csv", "results-accuracy.csv", "results-accuracy-metrics.csv",
                "results.png", "results-roc.png", "results-pr.png")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        assertEquals(List.of("path", "class", "split", "label", "score", "verdict"),
                Csv.read(out.resolve("results.csv")).get(0));
    }

    @Test
    void exportsTablesAndChartsThenPlaysAFlaggedClip(FxRobot robot) throws Exception {
        robot.interact(() -> model.navigation().openRun(run));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        robot.interact(() -> model.results().detectorProperty().set(model.results().detectors().get(0)));
        Path out = Files.createDirectories(dir.resolve("export"));
        picker.save = out.resolve("accuracy.csv");
        robot.clickOn("#export").clickOn("Accuracy table (CSV)…");
        waitFor(() -> Files.isRegularFile(out.resolve("accuracy-metrics.csv")), "accuracy exported");
        List<List<String>> accuracy = Csv.read(out.resolve("accuracy.csv"));
        ThresholdResult expected = ThresholdSweep.of(scores, "autoencoder")
                .at(model.results().thresholdProperty().get());
        assertEquals(List.of("split", "clips", "flagged", "accuracy"), accuracy.get(0));
        for (int i = 0; i < 4; i++) {
            SplitAccuracy row = expected.accuracy().get(i);
            assertEquals(List.of(row.split().id(), Integer.toString(row.clips()), Integer.toString(row.flagged()),
                    Double.toString(row.accuracy())), accuracy.get(i + 1));
        }
        picker.save = out.resolve("charts.png");
        robot.clickOn("#export").clickOn("Charts (PNG)…");
        waitFor(() -> Files.isRegularFile(out.resolve("charts-pr.png")), "charts exported");
        assertTrue(Files.size(out.resolve("charts.png")) > 5_000 && Files.size(out.resolve("charts-roc.png")) > 5_000);
        picker.save = out.resolve("shared");
        robot.clickOn("#export").clickOn("Report (HTML)…");
        waitFor(() -> model.log().snapshot().stream().anyMatch(line -> line.contains("Wrote the report")),
                "the report written", 30);
        dev.vigil.report.ReportPage report = dev.vigil.report.ReportPage.read(out.resolve("shared.html"));
        assertEquals(model.results().detectors().size() * 4 + 1, report.charts().size(), report.charts().toString());


        // review: the first flagged clip that has a video, with its verdict, played
        robot.interact(() -> model.results().thresholdProperty().set(-1e9));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        robot.clickOn("#next-flagged");
        waitFor(() -> model.review().selectedProperty().get() != null, "a flagged clip selected");
        assertEquals("walk/train0.mp4", model.review().selectedProperty().get().path());
        assertEquals("anomaly", robot.lookup("#fact-verdict").queryLabeled().getText());
        assertEquals(model.results().detectorProperty().get().name(),
                robot.lookup("#fact-detector").queryLabeled().getText());
        PlayerViewModel player = model.review().player();
        waitFor(() -> player.imageProperty().get() != null && player.positionProperty().get() == 0, "first frame");
        robot.clickOn("#play-pause");
        waitFor(() -> player.positionProperty().get() >= 5, "it plays");
        robot.clickOn("#play-pause");
        assertNotNull(player.imageProperty().get());
    }

    @Test
    void exportsTheDetectorShownAsABundleWithTheSlidersThreshold(FxRobot robot) throws Exception {
        Path real = TestRuns.builtin(dir, "bundle-run");
        robot.interact(() -> model.navigation().openRun(real));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS, "results shown");
        double chosen = model.results().thresholdProperty().get() * 0.9;
        robot.interact(() -> model.results().thresholdProperty().set(chosen));
        picker.save = dir.resolve("export/walkway");
        robot.clickOn("#export").clickOn("Detector bundle (.vigil)…");
        Path bundleFile = dir.resolve("export/walkway.vigil");
        waitFor(() -> model.log().snapshot().stream().anyMatch(line -> line.contains("Exported the detector bundle "
                + bundleFile)), "the export confirmed in the log");
        try (DetectorBundle bundle = DetectorBundle.read(bundleFile)) {
            assertEquals(chosen, bundle.threshold());
            assertEquals(model.results().detectorProperty().get().id(), bundle.detector().id());
        }

        // opened as a desktop opens a .vigil file: described, with the command that applies it
        robot.interact(() -> model.navigation().open(bundleFile));
        waitFor(() -> model.log().snapshot().stream().anyMatch(line -> line.contains("Bundle ")
                && line.contains("--bundle " + bundleFile)), "the bundle described in the log");
    }

    /** The accuracy table and the measures show what the core computes at this threshold. */
    private void shows(FxRobot robot, ThresholdResult expected) {
        TableView<SplitAccuracy> accuracy = robot.lookup("#accuracy-table").queryTableView();
        assertEquals(expected.accuracy(), List.copyOf(accuracy.getItems()));
        Confusion c = expected.confusion();
        assertEquals(Numbers.percent(c.precision()), robot.lookup("#metric-precision").queryLabeled().getText());
        assertEquals(Numbers.percent(c.recall()), robot.lookup("#metric-recall").queryLabeled().getText());
        assertEquals(Numbers.percent(c.falsePositiveRate()), robot.lookup("#metric-fpr").queryLabeled().getText());
        assertEquals("TP " + c.truePositives() + " · FP " + c.falsePositives() + " · TN " + c.trueNegatives()
                + " · FN " + c.falseNegatives(), robot.lookup("#metric-counts").queryLabeled().getText());
    }
}
