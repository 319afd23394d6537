package dev.vigil.cli;

import dev.vigil.video.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a script runs it, in its own process with stderr going to a file: progress comes as plain
 * lines, and FFmpeg's own messages about a broken file stay out; Vigil's reason for it is there.
 */
class QuietOutputTest {

    @TempDir
    Path dir;

    @Test
    void prepareWritesPlainProgressLinesAndOnlyItsOwnMessages() throws Exception {
        Path data = dir.resolve("data");
        for (String clip : new String[] {"walk/a.mp4", "walk/b.mp4", "walk/c.mp4", "bike/d.mp4"}) {
            Files.createDirectories(data.resolve(clip).getParent());
            TestVideos.write(data.resolve(clip), 64, 48, 30, 25, false, TestVideos.grey());
        }
        // its index (moov) is at the end of the file: cut off, FFmpeg says "moov atom not found"
        TestVideos.truncatedCopy(data.resolve("walk/a.mp4"), data.resolve("walk/broken.mp4"), 0.5);
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.vigil.Launcher", "prepare", data.toString(),
                "--out", dir.resolve("prepared").toString(), "--anomalous", "bike")
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "prepare finished");
        String stderr = Files.readString(err);
        assertEquals(0, process.exitValue(), stderr);
        assertFalse(stderr.contains("\r"), "no carriage returns in a log:\n" + stderr);
        assertFalse(stderr.contains("moov atom"), "FFmpeg's own message stays out:\n" + stderr);
        assertTrue(stderr.lines().anyMatch(line -> line.startsWith("probe 5/5")),
                "the last progress is a line of its own:\n" + stderr);
        String stdout = Files.readString(dir.resolve("stdout.txt"));
        assertTrue(stdout.contains("walk/broken.mp4"), "Vigil names the broken clip itself:\n" + stdout);
    }
}
