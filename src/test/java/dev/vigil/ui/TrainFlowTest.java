package dev.vigil.ui;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.SampleLocator;
import dev.vigil.dataset.Split;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.experiment.BackboneEmbedder;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.results.ScoredClip;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
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
import java.util.ArrayList;
import java.util.List;

import static dev.vigil.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole flow in the window, on real clips of the bundled samples with the built-in backbone and real DJL: open
 * the dataset, set a few epochs, press Start; the clips are embedded, the autoencoder trains, every detector scores,
 * and the results open on the new run. There the slider's tables match the core's numbers computed here from the
 * run's scores.csv, and a flagged clip plays.
 */
@ExtendWith(ApplicationExtension.class)
class TrainFlowTest {

    @TempDir
    static Path dir;
    private static Path manifest;
    private TestWindow window;
    private MainViewModel model;
    private MainView view;
    private final StubFilePicker picker = new StubFilePicker();

    /** Four normal classes (3 train, 1 val, 1 test clips each) and two anomalous ones, copied from the samples. */
    @BeforeAll
    static void copySamples() throws Exception {
        Path samples = SampleLocator.manifest().orElseThrow();
        Dataset all = Manifest.read(samples);
        Path data = Files.createDirectories(dir.resolve("data"));
        List<Clip> chosen = new ArrayList<>();
        for (String cls : List.of("walk", "run", "wave", "bend", "fall", "punch")) {
            List<Clip> of = all.clips().stream().filter(c -> c.className().equals(cls)).toList();
            boolean anomaly = of.get(0).isAnomaly();
            Split[] splits = anomaly ? new Split[] {Split.ANOMALY, Split.ANOMALY}
                    : new Split[] {Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.VAL, Split.TEST};
            for (int i = 0; i < splits.length; i++) {
                Clip clip = of.get(i);
                Path target = data.resolve(clip.path());
                Files.createDirectories(target.getParent());
                Files.copy(all.resolve(clip), target);
                chosen.add(new Clip(clip.path(), clip.label(), cls, splits[i]));
            }
        }
        manifest = data.resolve(Manifest.FILE_NAME);
        Manifest.write(manifest, chosen);
    }

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindow.show(stage, dir, new ExperimentPipeline(new BackboneEmbedder(
                new BackboneRegistry(null), new EmbeddingCache(dir.resolve("cache")))), picker);
        model = window.model();
        view = window.view();
        model.runs().folderProperty().set(dir.resolve("runs"));
        model.model().loadBackbones(model.executor(), VigilApp::backbones);
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }

    @Test
    void openTrainReadTheResultsAndPlayAFlaggedClip(FxRobot robot) throws Exception {
        picker.open = manifest;
        robot.clickOn("#open-manifest");
        waitFor(() -> model.dataset().probedProperty().get() == 24, "clips probed", 30);
        waitFor(() -> model.model().backboneProperty().get() != null, "backbones listed", 10);
        assertEquals("builtin", model.model().backboneProperty().get().id());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Spinner<Integer> epochs = robot.lookup("#epochs").query();
        robot.doubleClickOn(epochs.getEditor()).eraseText(4).write("3").type(KeyCode.ENTER);
        waitFor(() -> model.model().training().epochsProperty().get() == 3, "3 epochs", 5);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        robot.clickOn("#train-start");
        waitFor(() -> model.navigation().screenProperty().get() == Screen.RESULTS,
                "the run finished and its results opened", 300);
        assertEquals(3, model.training().epochs().size(), "the loss plot has every epoch");
        Path run = model.training().runFolderProperty().get();
        RunContents contents = RunFolder.open(run).read();
        assertTrue(contents.complete());
        assertEquals(List.of("autoencoder", "knn", "gaussian", "centroid"), contents.scores().orElseThrow().detectors());
        assertEquals(360, contents.config().settings().embeddingSize().getAsInt());

        // the slider's tables are the core's, from the run's own scores.csv
        ScoreTable scores = ScoreTable.read(run.resolve(RunFolder.SCORES));
        ThresholdSweep sweep = ThresholdSweep.of(scores, "autoencoder");
        Slider slider = robot.lookup("#threshold-slider").query();
        waitFor(() -> robot.lookup("#accuracy-table").tryQuery().isPresent(), "the results laid out", 5);
        TableView<SplitAccuracy> accuracy = robot.lookup("#accuracy-table").queryTableView();
        for (double fraction : new double[] {0.2, 0.5, 0.8}) {
            double at = slider.getMin() + fraction * (slider.getMax() - slider.getMin());
            robot.interact(() -> slider.setValue(at));
            WaitForAsyncUtils.waitForFxEvents();
            ThresholdResult expected = sweep.at(model.results().thresholdProperty().get());
            assertEquals(expected.accuracy(), List.copyOf(accuracy.getItems()));
            assertEquals(Numbers.percent(expected.confusion().recall()),
                    robot.lookup("#metric-recall").queryLabeled().getText());
        }

        // a flagged clip: double-click it in the table, and it plays on the review screen
        robot.interact(() -> model.results().thresholdProperty().set(slider.getMin()));
        TableView<ScoredClip> table = robot.lookup("#score-table").queryTableView();
        waitFor(() -> !table.getItems().isEmpty(), "clips listed", 5);
        robot.doubleClickOn(robot.lookup("#score-table .table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> model.navigation().screenProperty().get() == Screen.REVIEW, "review", 5);
        assertEquals("anomaly", robot.lookup("#fact-verdict").queryLabeled().getText());
        PlayerViewModel player = model.review().player();
        waitFor(() -> player.imageProperty().get() != null && player.positionProperty().get() == 0, "first frame", 10);
        robot.clickOn("#play-pause");
        waitFor(() -> player.positionProperty().get() >= 5, "it plays", 10);
        robot.clickOn("#play-pause");
    }
}
