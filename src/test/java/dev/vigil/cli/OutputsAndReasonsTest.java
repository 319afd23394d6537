package dev.vigil.cli;

import dev.vigil.experiment.SampleSubset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An output that cannot be written is refused before any work, as a wrong option (exit 2) naming the option and the
 * reason; files and config keys that fail are named with the reason, never as a bare path or a Java message.
 * The unwritable place is below a regular file, which no account, root included, can make a folder in.
 */
class OutputsAndReasonsTest {

    @TempDir
    static Path dir;

    static Path manifest;
    static Path blocker;
    static Path clip;

    @BeforeAll
    static void data() throws IOException {
        manifest = SampleSubset.write(dir.resolve("data"), 2, 1, 1, 1, 1);
        blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        clip = Path.of(Files.readAllLines(manifest).get(1).split(",")[0]);
    }

    private static void assertRefusedBeforeWork(CommandRun run, String... words) {
        assertEquals(2, run.code(), run.all());
        for (String word : words) {
            assertTrue(run.err().contains(word), "'" + word + "' in " + run.all());
        }
        assertTrue(run.err().contains("a-file is a file, not a folder"), run.all());
        assertFalse(run.err().contains("clips with") || run.err().contains("video(s) with"), "no work began: "
                + run.all());
    }

    @Test
    void everyCommandChecksItsOutputBeforeWorking() throws IOException {
        String under = blocker.resolve("out").toString();
        assertRefusedBeforeWork(CommandRun.of("extract", "--manifest", manifest.toString(), "--out", under,
                "--no-cache"), "extract: --out");
        assertRefusedBeforeWork(CommandRun.of("score", clip.toString(), "--bundle", "none.vigil", "--out",
                blocker.resolve("scores.csv").toString()), "score: --out");
        assertRefusedBeforeWork(CommandRun.of("prepare", manifest.toString(), "--out", under), "output");
        assertRefusedBeforeWork(CommandRun.of("train", "--manifest", manifest.toString(), "--runs", under,
                "--no-cache"), "model.saving_dir_experiments");
        assertRefusedBeforeWork(CommandRun.of("demo", "--manifest", manifest.toString(), "--runs", under),
                "demo: --runs");
        assertRefusedBeforeWork(CommandRun.of("export-bundle", dir.toString(), "--out",
                blocker.resolve("b.vigil").toString()), "export-bundle: --out");
        Path videos = Files.createDirectories(dir.resolve("videos"));
        Files.copy(clip, videos.resolve("clip.mp4"));
        assertRefusedBeforeWork(CommandRun.of("timeline", "--train", videos.toString(), "--test", videos.toString(),
                "--out", under), "--out");
    }

    @Test
    void aMissingBundleIsNamedWithTheReason() {
        CommandRun run = CommandRun.of("score", clip.toString(), "--bundle", dir.resolve("nope.vigil").toString());
        assertEquals(2, run.code(), run.all());
        assertTrue(run.err().contains("bundle " + dir.resolve("nope.vigil") + ": no such file"), run.all());
    }

    @Test
    void aConfigsMissingManifestIsNamedByItsKey() throws IOException {
        Path config = Files.writeString(dir.resolve("config.yaml"), "dataset:\n  manifest: "
                + dir.resolve("gone.csv") + "\n");
        CommandRun run = CommandRun.of("train", "--config", config.toString(), "--runs",
                dir.resolve("runs").toString());
        assertEquals(2, run.code(), run.all());
        assertTrue(run.err().contains("dataset.manifest: " + dir.resolve("gone.csv") + ": no such file"), run.all());
    }

    @Test
    void aManifestLabelThatIsNoNumberIsNamedWithItsColumnAndLine() throws IOException {
        List<String> lines = Files.readAllLines(manifest);
        String[] row = lines.get(1).split(",");
        row[1] = "abc";
        Path bad = Files.writeString(Files.createDirectories(dir.resolve("badlabel")).resolve("manifest.csv"),
                lines.get(0) + "\n" + String.join(",", row) + "\n");
        CommandRun run = CommandRun.of("train", "--manifest", bad.toString(), "--runs", dir.resolve("runs").toString(),
                "--no-cache");
        assertEquals(1, run.code(), run.all());
        assertTrue(run.err().contains("line 2: label must be 0 (normal) or 1 (anomaly), got \"abc\""), run.all());
        assertFalse(run.err().contains("For input string"), run.all());
    }

    @Test
    void aManifestWithoutTrainRowsFailsBeforeAnyRunFolderIsMade() throws IOException {
        List<String> lines = Files.readAllLines(manifest);
        Path headerOnly = Files.writeString(Files.createDirectories(dir.resolve("header")).resolve("manifest.csv"),
                lines.get(0) + "\n");
        Path noTrain = Files.write(Files.createDirectories(dir.resolve("notrain")).resolve("manifest.csv"),
                lines.stream().filter(l -> !l.endsWith(",train")).toList());
        Path runs = dir.resolve("empty-runs");
        CommandRun empty = CommandRun.of("train", "--manifest", headerOnly.toString(), "--runs", runs.toString());
        assertEquals(1, empty.code(), empty.all());
        assertTrue(empty.err().contains(headerOnly + ": no clips"), empty.all());
        CommandRun untrained = CommandRun.of("train", "--manifest", noTrain.toString(), "--runs", runs.toString(),
                "--no-cache");
        assertEquals(1, untrained.code(), untrained.all());
        assertTrue(untrained.err().contains("no clip in the train split"), untrained.all());
        assertFalse(untrained.err().contains("Embedding"), "before any embedding: " + untrained.all());
        assertFalse(Files.exists(runs), "no run folder is left behind");
    }
}
