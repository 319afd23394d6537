package dev.vigil.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsWindowFolderAndRecentListsAcrossSessions() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("nested/settings.json"));
        WorkbenchSettings settings = store.load()
                .withWindow(new WorkbenchSettings.WindowBounds(10, 20, 1200, 800, false))
                .withLastFolder("/data/clips")
                .withRecentRun("/runs/a").withRecentRun("/runs/b").withRecentRun("/runs/a")
                .withSamplesShown();
        store.save(settings);
        WorkbenchSettings read = new SettingsStore(dir.resolve("nested/settings.json")).load();
        assertEquals(settings, read);
        assertEquals(java.util.List.of("/runs/a", "/runs/b"), read.recentRuns(), "newest first, no duplicates");
    }

    @Test
    void recentListsStayShort() {
        WorkbenchSettings settings = WorkbenchSettings.defaults();
        for (int i : IntStream.range(0, 25).toArray()) {
            settings = settings.withRecentDataset("/d/" + i);
        }
        assertEquals(WorkbenchSettings.MAX_RECENT, settings.recentDatasets().size());
        assertEquals("/d/24", settings.recentDatasets().get(0));
    }

    @Test
    void aDamagedFileGivesDefaultsAndSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{ \"window\": [ broken");
        SettingsStore store = new SettingsStore(file);
        assertEquals(WorkbenchSettings.defaults(), store.load());
        assertTrue(store.lastProblem().contains("settings.json"), store.lastProblem());
        assertNull(new SettingsStore(dir.resolve("missing.json")).load().window());
    }
}
