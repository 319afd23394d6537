package dev.vigil.ui.dataset;

import dev.vigil.dataset.Split;
import dev.vigil.ui.TestDatasets;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetViewModelTest {

    @TempDir
    static Path root;
    private static Path manifest;
    private final List<String> log = new ArrayList<>();
    private final DatasetViewModel model = new DatasetViewModel(new CurrentThreadTaskExecutor(), log::add);

    @BeforeAll
    static void writeDataset() throws Exception {
        manifest = TestDatasets.manifest(root);
    }

    private ClipRow row(String path) {
        return model.rows().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void opensAManifestAndProbesEveryClipNamingTheBrokenOne() {
        model.openManifest(manifest);
        assertEquals(5, model.rows().size());
        assertEquals(manifest, model.sourceProperty().get());
        assertNotNull(model.datasetProperty().get());
        assertEquals(5, model.probedProperty().get());
        assertEquals(1, model.problemsProperty().get());

        ClipRow good = row("walk/a.mp4");
        assertEquals(ClipRow.Status.OK, good.statusProperty().get());
        assertEquals(TestDatasets.FRAMES, good.infoProperty().get().frameCount());
        assertEquals(160, good.infoProperty().get().displayWidth());
        assertEquals(1.2, good.infoProperty().get().durationSeconds(), 0.05);
        ClipRow broken = row("run/broken.mp4");
        assertEquals(ClipRow.Status.PROBLEM, broken.statusProperty().get());
        assertFalse(broken.problemProperty().get().isBlank());
        assertTrue(log.stream().anyMatch(line -> line.contains("1 of 5 clips cannot be used")), log.toString());

        assertEquals(List.of("bike", "run", "walk"), model.classes().stream().map(ClassRow::name).toList());
        assertTrue(model.classes().get(0).anomalousProperty().get(), "bike is labelled anomaly in the manifest");
        assertEquals(Map.of("train", 1, "val", 1), model.countsProperty().get().get("run"));
        assertEquals("5 clips · 3 classes · 1 problem", model.summaryProperty().get());
    }

    @Test
    void filtersByTextAndByProblems() {
        model.openManifest(manifest);
        model.searchProperty().set("WALK");
        assertEquals(2, model.visibleRows().size());
        model.searchProperty().set("");
        model.problemsOnlyProperty().set(true);
        assertEquals(List.of("run/broken.mp4"), model.visibleRows().stream().map(ClipRow::path).toList());
    }

    @Test
    void opensAFolderByItsClassSubFoldersWithoutSplits() throws Exception {
        Path folder = Files.createDirectories(root.resolve("../" + root.getFileName() + "-folder"));
        TestDatasets.clip(folder.resolve("cars/one.mp4"), 10);
        TestDatasets.clip(folder.resolve("people/two.avi"), 10);
        Files.writeString(folder.resolve("people/notes.txt"), "not a clip");
        model.open(folder);
        assertEquals(List.of("cars/one.mp4", "people/two.avi"), model.rows().stream().map(ClipRow::path).toList());
        assertNull(model.rows().get(0).split());
        assertNull(model.datasetProperty().get(), "a folder has no splits until it is prepared");
        assertEquals(0, model.problemsProperty().get());
        assertEquals(Map.of("—", 1), model.countsProperty().get().get("cars"));
    }

    @Test
    void aFolderWithAManifestOpensTheManifest() {
        model.open(root);
        assertEquals(manifest, model.sourceProperty().get());
        assertEquals(Split.ANOMALY, row("bike/d.mp4").split());
    }

    @Test
    void badInputIsReportedNotThrown() throws Exception {
        Path empty = Files.createTempDirectory("empty-dataset");
        model.open(empty);
        assertTrue(model.errorProperty().get().contains("no class sub-folders"), model.errorProperty().get());
        Path bad = Files.writeString(empty.resolve("bad.csv"), "path,label\nx.mp4,0\n");
        model.openManifest(bad);
        assertTrue(model.errorProperty().get().contains("no 'class' column"), model.errorProperty().get());
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void preparationSettingsAreValidatedAndPrepareStaysOff() {
        PreparationSettings settings = model.preparation();
        assertEquals("", settings.problemProperty().get());
        settings.trainPercentProperty().set(60);
        assertEquals("Split shares add up to 110 %, not 100 %", settings.problemProperty().get());
        settings.testPercentProperty().set(30);
        assertEquals("", settings.problemProperty().get());
        model.openManifest(manifest);
        assertFalse(model.canPrepareProperty().get());
        model.prepare();
        assertTrue(log.contains(model.prepareUnavailableReason()));
    }
}
