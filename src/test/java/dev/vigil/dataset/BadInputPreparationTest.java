package dev.vigil.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.video.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A folder full of what real users' folders hold: every problem is reported once, the good clips are kept. */
class BadInputPreparationTest {

    private static final String NON_ASCII = "walk/Läufer ñ 日本.mp4";

    @TempDir
    Path dir;

    @Test
    void reportsEachBadFileOnceWithItsReasonKeepsTheRestAndLeavesTheFolderAlone() throws IOException {
        Path data = dir.resolve("bad input");
        Path good = DatasetFixtures.clip(data.resolve("walk/good.mp4"), 20);
        DatasetFixtures.clip(data.resolve("walk/good.avi"), 20);
        DatasetFixtures.clip(data.resolve("run/nested/deeper/good.mkv"), 20);
        DatasetFixtures.copy(good, data.resolve("run/good.mp4"));
        DatasetFixtures.copy(good, data.resolve(NON_ASCII));
        Files.write(data.resolve("walk/zero.mp4"), new byte[0]);
        TestVideos.truncatedCopy(good, data.resolve("walk/truncated.mp4"), 0.5);
        Files.writeString(data.resolve("run/notes.mp4"), "meeting notes, not a video\n");
        TestVideos.audioOnly(data.resolve("run/voice.mp4"), 1.5);
        DatasetFixtures.clip(data.resolve("walk/one-frame.mp4"), 1);
        Files.writeString(data.resolve(".DS_Store"), "junk");
        Files.writeString(data.resolve("walk/.DS_Store"), "junk");
        Files.writeString(data.resolve("run/Thumbs.db"), "junk");
        Files.writeString(data.resolve("walk/readme.txt"), "about the clips");
        Files.createSymbolicLink(data.resolve("run/loop"), data);
        Map<String, String> before = DatasetFixtures.snapshot(data);

        SourceDataset source = DatasetImport.open(data);
        Preparation preparation = DatasetPreparer.prepare(source, PreparationConfig.defaults(), new ClipProber(),
                ProgressListener.NONE, CancellationToken.none());
        PreparationWriter.write(preparation, dir.resolve("out"), false);

        assertEquals(List.of("run/good.mp4", "run/nested/deeper/good.mkv", NON_ASCII, "walk/good.avi",
                        "walk/good.mp4"),
                preparation.clips().stream().filter(ClipOutcome::kept).map(ClipOutcome::path).sorted().toList());
        Map<String, String> expected = Map.of(
                "walk/zero.mp4", "empty file (0 bytes)",
                "walk/truncated.mp4", "truncated or corrupt",
                "run/notes.mp4", "not a video file",
                "run/voice.mp4", "no video stream (audio only)",
                "walk/one-frame.mp4", "too short: 0.10 s (1 frame)",
                "run/loop", "symbolic link loop");
        List<FileProblem> problems = preparation.problems();
        assertEquals(expected.size(), problems.size(), problems.toString());
        for (FileProblem problem : problems) {
            assertTrue(expected.containsKey(problem.path()), "unexpected problem " + problem);
            assertTrue(problem.reason().contains(expected.get(problem.path())), problem.toString());
        }

        String text = Files.readString(dir.resolve("out/preparation.txt"));
        String json = Files.readString(dir.resolve("out/preparation.json"));
        for (String path : expected.keySet()) {
            assertEquals(1, occurrences(text, path + ":"), path + " in\n" + text);
            assertEquals(1, occurrences(json, "\"" + path + "\""), path + " in\n" + json);
        }
        for (String junk : List.of(".DS_Store", "Thumbs.db", "readme.txt")) {
            assertEquals(0, occurrences(text + json, junk), junk + " must be ignored silently");
        }
        Dataset written = Manifest.read(dir.resolve("out/manifest.csv"));
        assertEquals(5, written.clips().size());
        written.clips().forEach(c -> assertTrue(Files.isRegularFile(written.resolve(c)), c.path()));
        assertEquals(before, DatasetFixtures.snapshot(data), "the input folder changed");
    }

    @Test
    void reportsAFolderItCannotReadAndGoesOn() throws IOException {
        Path data = dir.resolve("data");
        DatasetFixtures.clip(data.resolve("walk/good.mp4"), 20);
        Path locked = Files.createDirectories(data.resolve("walk/locked"));
        Files.writeString(locked.resolve("hidden-from-us.mp4"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions do not bind this user (root)");
            SourceDataset source = DatasetImport.open(data);
            assertEquals(List.of("walk/good.mp4"), source.clips().stream().map(SourceClip::path).toList());
            assertEquals(List.of(new FileProblem("walk/locked", "folder not readable (permission denied)")),
                    source.skipped());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
