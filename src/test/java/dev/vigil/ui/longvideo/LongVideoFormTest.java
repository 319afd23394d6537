package dev.vigil.ui.longvideo;

import dev.vigil.detector.DetectorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The long-video form names the first field that is wrong, in the order the form shows them. */
class LongVideoFormTest {

    @TempDir
    Path dir;

    private LongVideoForm form(String train, String test, String truth, int window, double percentile, String name) {
        return new LongVideoForm(train, test, truth, "scene", DetectorKind.KNN, window, 4, percentile, name,
                dir.resolve("runs"));
    }

    @Test
    void theFirstWrongFieldIsNamed() throws Exception {
        String train = Files.createDirectories(dir.resolve("train")).toString();
        String test = Files.createDirectories(dir.resolve("test")).toString();
        assertEquals("Normal recordings: choose a folder", form(" ", test, "", 16, 95, "out").problem());
        assertEquals("Videos to score: " + dir.resolve("nope") + " is not a folder",
                form(train, dir.resolve("nope").toString(), "", 16, 95, "out").problem());
        assertEquals("Ground truth: " + train + " is not a file", form(train, test, train, 16, 95, "out").problem());
        assertEquals("Percentile: must be in [0, 100], got 101.0", form(train, test, "", 16, 101, "out").problem());
        assertEquals("", form(train, test, "", 16, 95, "out").problem());
        Files.createDirectories(dir.resolve("runs/out"));
        assertEquals("Name: " + dir.resolve("runs/out") + " exists already",
                form(train, test, "", 16, 95, "out").problem());
    }

    @Test
    void aFreshNameIsStampedAndFreeInTheRunsFolder() {
        LocalDateTime at = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
        assertEquals("long-videos-20260102-030405", LongVideoForm.freshName(null, at));
        assertEquals("long-videos-20260102-030405", LongVideoForm.freshName(dir, at));
    }
}
