package dev.vigil.ui;

import dev.vigil.training.EpochRecord;
import dev.vigil.ui.run.RunEntry;
import dev.vigil.ui.settings.SettingsStore;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import dev.vigil.ui.task.TaskMonitor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runs list and the training summary follow a run as it starts, trains and is cancelled, without Refresh. */
class RunsListTest {

    @TempDir
    Path dir;
    private MainViewModel model;

    @AfterEach
    void close() {
        model.shutdown();
    }

    @Test
    void aRunIsListedWhileItTrainsAndAsStoppedAfterCancel() throws Exception {
        TaskMonitor monitor = new TaskMonitor();
        model = new MainViewModel(new CurrentThreadTaskExecutor(monitor), monitor,
                new SettingsStore(dir.resolve("settings.json")), Duration.ZERO,
                new dev.vigil.experiment.ExperimentPipeline(new SyntheticEmbedder()));
        Path runs = Files.createDirectories(dir.resolve("runs"));
        model.runs().folderProperty().set(runs);
        model.navigation().open(SyntheticEmbedder.manifest(dir.resolve("data")));
        model.model().training().epochsProperty().set(6);
        model.model().layout().setLayers(List.of(8, 4));
        assertTrue(model.runs().runs().isEmpty());

        List<String> listedWhileTraining = new ArrayList<>();
        model.training().epochs().addListener((ListChangeListener<EpochRecord>) change -> {
            if (model.training().epochs().size() == 2 && listedWhileTraining.isEmpty()) {
                model.runs().runs().forEach(entry -> listedWhileTraining.add(entry.status()));
                model.training().cancel();
            }
        });
        model.train();

        assertEquals(List.of("running"), listedWhileTraining, "the running run is listed");
        assertEquals(1, model.runs().runs().size(), "listed again when it stopped");
        RunEntry stopped = model.runs().runs().get(0);
        assertTrue(stopped.status().startsWith("stopped after epoch"), stopped.status());
        String summary = model.training().summaryProperty().get();
        assertTrue(summary.startsWith("Epoch 2") && summary.endsWith("stopped — Resume continues it"), summary);
    }
}
