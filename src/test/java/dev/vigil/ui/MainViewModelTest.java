package dev.vigil.ui;

import dev.vigil.dataset.SampleLocator;
import dev.vigil.ui.settings.SettingsStore;
import dev.vigil.ui.settings.WorkbenchSettings;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import dev.vigil.ui.task.TaskMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainViewModelTest {

    @TempDir
    static Path dir;
    private static Path manifest;
    private static Path run;
    private MainViewModel model;

    @BeforeAll
    static void writeDatasetAndRun() throws Exception {
        manifest = TestDatasets.manifest(Files.createDirectories(dir.resolve("samples")));
        run = TestRuns.write(dir.resolve("run-data"), dir.resolve("runs"), "r1");
    }

    private MainViewModel create(Path settings) {
        TaskMonitor monitor = new TaskMonitor();
        return new MainViewModel(new CurrentThreadTaskExecutor(monitor), monitor, new SettingsStore(settings),
                Duration.ZERO, new dev.vigil.experiment.ExperimentPipeline(new SyntheticEmbedder()));
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.shutdown();
        }
    }

    @Test
    void firstStartOpensTheSamplesLaterStartsTheLastDataset() throws Exception {
        Path settings = Files.createTempDirectory(dir, "s").resolve("settings.json");
        System.setProperty(SampleLocator.PROPERTY, manifest.getParent().toString());
        try {
            model = create(settings);
            assertTrue(model.navigation().openStartDataset());
            assertEquals(manifest.toAbsolutePath().normalize(), model.dataset().sourceProperty().get().normalize());
            assertTrue(model.settingsProperty().get().samplesShown());
            model.shutdown();

            WorkbenchSettings saved = new SettingsStore(settings).load();
            assertTrue(saved.samplesShown(), "remembered at once, not only on a clean exit");
            assertEquals(manifest.toAbsolutePath().normalize().toString(),
                    Path.of(saved.recentDatasets().get(0)).normalize().toString());
            model = create(settings);
            assertTrue(model.navigation().openStartDataset(), "the last dataset reopens");
            assertEquals(5, model.dataset().rows().size());
        } finally {
            System.clearProperty(SampleLocator.PROPERTY);
        }
    }

    @Test
    void theModelScreensSettingsAreKeptForTheNextSession() throws Exception {
        Path settings = Files.createTempDirectory(dir, "s").resolve("settings.json");
        model = create(settings);
        model.model().training().epochsProperty().set(12);
        model.model().training().scheduleProperty().set(dev.vigil.training.ScheduleType.COSINE);
        model.model().layout().setLayers(List.of(64, 16));
        model.shutdown();
        model = create(settings);
        assertEquals(12, model.model().training().epochsProperty().get());
        assertEquals(dev.vigil.training.ScheduleType.COSINE, model.model().training().scheduleProperty().get());
        assertEquals("64", model.model().layout().layers().get(0).get());
        assertEquals(2, model.model().layout().layers().size());
    }

    @Test
    void openTellsRunsFromDatasets() throws Exception {
        model = create(Files.createTempDirectory(dir, "s").resolve("settings.json"));
        model.navigation().open(manifest.getParent());
        assertEquals(Screen.DATASET, model.navigation().screenProperty().get());
        assertEquals(5, model.review().clips().size(), "review lists the dataset's clips before there are scores");
        assertTrue(Double.isNaN(model.review().thresholdProperty().get()));

        model.navigation().open(run);
        assertEquals(Screen.RESULTS, model.navigation().screenProperty().get());
        assertEquals(50, model.results().clips().size());
        assertEquals(List.of("autoencoder", "knn", "gaussian", "centroid"),
                model.results().detectors().stream().map(d -> d.id()).toList());
        assertEquals(3, model.training().epochs().size(), "the loss history shows without retraining");
        assertEquals(List.of(run), model.recentRuns());
        assertEquals(50, model.review().clips().size(), "review lists the scored clips once there are");
        assertTrue(Files.isRegularFile(model.review().clips().get(0).file()), "clip paths resolve to the dataset");
        assertFalse(Double.isNaN(model.review().thresholdProperty().get()));
        model.model().training().epochsProperty().set(17);
        model.navigation().useShownRunSettings();
        assertEquals(3, model.model().training().epochsProperty().get(), "the model screen took the run's settings");
        assertEquals(Screen.MODEL, model.navigation().screenProperty().get());
        model.results().thresholdProperty().set(5);
        assertEquals(5, model.review().thresholdProperty().get(), "review follows the results' threshold");
    }

    @Test
    void trainingFromTheDatasetScreensManifestOpensTheResultsAndQuittingMidwayStopsAtACheckpoint() throws Exception {
        model = create(Files.createTempDirectory(dir, "s").resolve("settings.json"));
        assertEquals("Open a dataset first (Dataset screen)", model.training().startProblemProperty().get());
        model.navigation().open(SyntheticEmbedder.manifest(dir.resolve("synthetic")));
        model.runs().folderProperty().set(dir.resolve("train-runs"));
        model.model().training().epochsProperty().set(2);
        assertEquals("", model.training().startProblemProperty().get());
        model.train();
        assertEquals(Screen.RESULTS, model.navigation().screenProperty().get(), "the results open on the new run");
        Path made = model.training().runFolderProperty().get();
        assertEquals(dir.resolve("train-runs"), made.getParent());
        assertTrue(made.getFileName().toString().startsWith("synthetic-"), made.toString());
        assertEquals(List.of(made), model.recentRuns());
        assertEquals(26, model.results().clips().size());

        model.model().training().epochsProperty().set(4);
        boolean[] closed = {false};
        boolean[] asked = {false};
        model.training().epochs().addListener((javafx.collections.ListChangeListener<dev.vigil.training.EpochRecord>)
                change -> {
                    if (model.training().epochs().size() == 1 && !asked[0]) {
                        asked[0] = true;
                        assertFalse(model.requestQuit(() -> false, () -> closed[0] = true), "the user said no");
                        assertFalse(model.requestQuit(() -> true, () -> closed[0] = true), "closes once stopped");
                    }
                });
        model.train();
        assertTrue(closed[0], "the window closed once the training had stopped");
        Path stopped = model.training().resumableProperty().get();
        assertTrue(dev.vigil.experiment.run.RunFolder.open(stopped).read().resumable());
        assertTrue(model.requestQuit(() -> {
            throw new AssertionError("nothing runs: no question");
        }, () -> { }));
    }

    @Test
    void theResultsFlaggedFilterCarriesIntoTheReviewList() throws Exception {
        model = create(Files.createTempDirectory(dir, "s").resolve("settings.json"));
        model.navigation().open(run);
        double threshold = model.results().thresholdProperty().get();
        long flagged = model.results().clips().stream().filter(clip -> clip.flaggedAt(threshold)).count();
        assertTrue(flagged > 0 && flagged < 50, "some clips are flagged: " + flagged);

        model.results().filterProperty().set(dev.vigil.ui.results.ClipFilter.FLAGGED);
        assertTrue(model.review().flaggedOnlyProperty().get());
        assertEquals(flagged, model.review().visibleClips().size(), "review lists what the results list");

        model.results().filterProperty().set(dev.vigil.ui.results.ClipFilter.ALL);
        assertFalse(model.review().flaggedOnlyProperty().get());
        assertEquals(50, model.review().visibleClips().size());
    }

    @Test
    void aBadRunIsLoggedNotThrown() throws Exception {
        model = create(Files.createTempDirectory(dir, "s").resolve("settings.json"));
        Path broken = Files.createDirectories(dir.resolve("broken-runs/broken"));
        Files.writeString(broken.resolve("config.json"), "{\"model\": {\"num_epoch\": -3}}");
        model.navigation().openRun(broken);
        assertTrue(model.log().snapshot().stream().anyMatch(line -> line.contains("model.num_epoch: must be")
                && line.contains(broken.resolve("config.json").toString())), model.log().snapshot().toString());
        assertTrue(model.problemProperty().get().startsWith("Cannot open run " + broken), "shown, not only logged");
        assertTrue(model.results().clips().isEmpty());
    }
}
