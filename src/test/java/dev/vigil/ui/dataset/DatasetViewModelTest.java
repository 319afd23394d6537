package dev.vigil.ui.dataset;

import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.ui.TestDatasets;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import dev.vigil.video.TestVideos;
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
    private static Path folder;
    private final List<String> log = new ArrayList<>();
    private final DatasetViewModel model = new DatasetViewModel(new CurrentThreadTaskExecutor(), log::add);

    @BeforeAll
    static void writeDatasets() throws Exception {
        manifest = TestDatasets.manifest(Files.createDirectories(root.resolve("prepared")));
        // a folder to prepare: 4 walking clips, one of them too short, and 2 cycling clips
        folder = Files.createDirectories(root.resolve("folder"));
        for (int i = 1; i <= 3; i++) {
            TestDatasets.clip(folder.resolve("walk/w" + i + ".mp4"), 30);
        }
        TestVideos.write(folder.resolve("walk/short.mp4"), 160, 64, 10, 25, false, TestVideos.frameIndexCode(6));
        TestDatasets.clip(folder.resolve("bike/b1.mp4"), 30);
        TestDatasets.clip(folder.resolve("bike/b2.mp4"), 30);
        Files.writeString(folder.resolve("bike/notes.txt"), "not a clip");
    }

    private ClipRow row(String path) {
        return model.rows().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void opensAPreparedManifestKeepingItsSplitsAndProbesEveryClip() {
        model.openManifest(manifest);
        assertEquals(5, model.rows().size());
        assertEquals(manifest.toAbsolutePath(), model.sourceProperty().get());
        assertNotNull(model.datasetProperty().get());
        assertEquals(5, model.probedProperty().get());
        assertEquals(1, model.problemsProperty().get());

        ClipRow good = row("walk/a.mp4");
        assertEquals(ClipRow.Status.OK, good.statusProperty().get());
        assertEquals(TestDatasets.FRAMES, good.infoProperty().get().frameCount());
        assertEquals(1.2, good.infoProperty().get().durationSeconds(), 0.05);
        assertEquals(Split.TRAIN, good.split());
        ClipRow broken = row("run/broken.mp4");
        assertEquals(ClipRow.Status.PROBLEM, broken.statusProperty().get());
        assertFalse(broken.problemProperty().get().isBlank());
        assertTrue(log.stream().anyMatch(line -> line.contains("1 of 5 clips cannot be used")), log.toString());

        assertEquals(List.of("bike", "run", "walk"), model.classes().stream().map(ClassRow::name).toList());
        assertTrue(model.classes().get(0).anomalousProperty().get(), "bike is labelled anomaly in the manifest");
        assertEquals(Map.of("train", 1, "val", 1), model.countsProperty().get().get("run"));
        assertEquals("5 clips · 3 classes · 1 problem", model.summaryProperty().get());
        assertNotNull(model.planProperty().get(), "the plan tells what preparing again would give");
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
    void plansAFolderLiveAndPreparesIt() throws Exception {
        model.open(folder);
        assertNull(model.datasetProperty().get(), "a folder has no splits until it is prepared");
        assertEquals(List.of("bike/b1.mp4", "bike/b2.mp4", "walk/short.mp4", "walk/w1.mp4", "walk/w2.mp4",
                "walk/w3.mp4"), model.rows().stream().map(ClipRow::path).toList());
        assertEquals(ClipRow.Status.DROPPED, row("walk/short.mp4").statusProperty().get());
        assertTrue(row("walk/short.mp4").problemProperty().get().contains("s"), row("walk/short.mp4").problemProperty().get());
        assertNotNull(row("walk/w1.mp4").split(), "the plan gives normal clips a split");

        // no class is anomalous yet; ticking bike puts its clips in the anomaly split
        ClassRow bike = model.classes().get(0);
        assertEquals("bike", bike.name());
        bike.anomalousProperty().set(true);
        assertEquals(Split.ANOMALY, row("bike/b1.mp4").split());
        assertTrue(row("bike/b1.mp4").anomaly());
        assertTrue(model.planSummaryProperty().get().startsWith("Keeps 5 of 6 clips"), model.planSummaryProperty().get());
        assertEquals(Map.of("anomaly", 2), model.countsProperty().get().get("bike"));

        model.preparation().trainPercentProperty().set(80);
        assertTrue(model.settingsProblemProperty().get().contains("add up to"), model.settingsProblemProperty().get());
        assertNull(model.planProperty().get());
        assertFalse(model.canPrepareProperty().get());
        model.preparation().trainPercentProperty().set(50);
        assertTrue(model.canPrepareProperty().get());

        Path out = root.resolve("prepared-out");
        model.prepare(out);
        assertTrue(Files.isRegularFile(out.resolve(Manifest.FILE_NAME)));
        assertEquals(out.resolve(Manifest.FILE_NAME), model.sourceProperty().get());
        assertNotNull(model.datasetProperty().get(), "the written manifest is open, with splits");
        assertEquals(5, model.rows().size());
        assertEquals(Split.ANOMALY, row(model.rows().stream().filter(r -> r.path().endsWith("b1.mp4")).findFirst()
                .orElseThrow().path()).split());
    }

    @Test
    void groupsClassesByRules() {
        model.open(folder);
        model.preparation().groupingTextProperty().set("w*=people\nb*=people");
        assertEquals(List.of("people"), model.classes().stream().map(ClassRow::name).toList());
        assertEquals(6, model.classes().get(0).clips());
        model.preparation().groupingTextProperty().set("no equals sign");
        assertTrue(model.settingsProblemProperty().get().contains("expected PATTERN=TARGET"),
                model.settingsProblemProperty().get());
    }

    @Test
    void refusesToWriteIntoTheDatasetFolder() {
        model.open(folder);
        model.classes().get(0).anomalousProperty().set(true);
        model.prepare(folder.resolve("out"));
        assertTrue(model.errorProperty().get().contains("inside the dataset folder"), model.errorProperty().get());
        assertFalse(Files.exists(folder.resolve("out")));
    }

    @Test
    void badInputIsReportedNotThrown() throws Exception {
        Path empty = Files.createTempDirectory("empty-dataset");
        Path bad = Files.writeString(empty.resolve("bad.csv"), "path,label\nx.mp4,0\n");
        model.openManifest(bad);
        assertTrue(model.errorProperty().get().contains("class"), model.errorProperty().get());
        assertTrue(model.rows().isEmpty());
        model.open(empty.resolve("missing"));
        assertTrue(model.errorProperty().get().contains("missing"), model.errorProperty().get());
    }
}
