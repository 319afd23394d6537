package dev.vigil.cli;

import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.dataset.VideoFiles;
import dev.vigil.video.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrepareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = VigilCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path dataset() throws IOException {
        Path clip = TestVideos.write(dir.resolve("clip.mp4"), 64, 48, 15, 10, false, TestVideos.grey());
        for (String name : new String[] {"Kicking-Front/a.mp4", "Kicking-Side/b.mp4", "Kicking-Side/c.mp4",
                "Run/d.mp4", "Run/e.mp4", "Fall/f.mp4"}) {
            Path target = dir.resolve("data").resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(clip, target);
        }
        Files.write(dir.resolve("data/Run/broken.mp4"), new byte[0]);
        return dir.resolve("data");
    }

    @Test
    void preparesAFolderPrintsASummaryAndShowsProgressOnStderr() throws IOException {
        Path data = dataset();
        int code = run("prepare", data.toString(), "--out", dir.resolve("out").toString(), "--group",
                "Kicking-*=Kicking", "--anomalous", "Fall", "--split", "0.6,0,0.4", "--seed", "3",
                "--balance-train", "4");

        assertEquals(0, code, err.toString());
        Dataset written = Manifest.read(dir.resolve("out/manifest.csv"));
        assertEquals(8, written.split(Split.TRAIN).size(), "2 normal classes balanced to 4 train views each");
        assertEquals(1, written.split(Split.ANOMALY).size());
        assertTrue(Files.isRegularFile(dir.resolve("out/preparation.json")));
        assertTrue(out.toString().contains("found 7 clip(s): kept 6, dropped 1"), out.toString());
        assertTrue(out.toString().contains("Run/broken.mp4: empty file (0 bytes)"), out.toString());
        assertTrue(err.toString().contains("probe 7/7"), err.toString());
    }

    @Test
    void wrongSettingsAreAllNamedAndExitWithTwoWithoutWriting() throws IOException {
        Path data = dataset();
        int code = run("prepare", data.toString(), "--out", data.resolve("inside").toString(), "--split",
                "0.5,0.5,0.5", "--anomalous", "Swim", "--min-duration", "-1", "--group", "Kicking", "--balance-val",
                "-2");

        assertEquals(2, code);
        String errors = err.toString();
        for (String expected : new String[] {
                "error: grouping rule 'Kicking': expected PATTERN=TARGET",
                "error: split fractions 0.5,0.5,0.5 add up to 1.5; they must add up to 1",
                "error: min duration -1.0 s: must be a number of seconds, 0 or more",
                "error: balance val -2: must be 0 (off)",
                "error: anomalous class 'Swim' is not a class of this dataset (classes: Fall, Kicking-Front,"
                        + " Kicking-Side, Run)",
                "is inside the dataset folder"}) {
            assertTrue(errors.contains(expected), "missing '" + expected + "' in\n" + errors);
        }
        assertFalse(Files.exists(data.resolve("inside")));
    }

    @Test
    void exitsWithOneWhenNothingUsableRemainsAndWithTwoForAMissingInput() throws IOException {
        Files.createDirectories(dir.resolve("empty/Run"));
        Files.write(dir.resolve("empty/Run/zero.mp4"), new byte[0]);
        assertEquals(1, run("prepare", dir.resolve("empty").toString(), "--out", dir.resolve("o1").toString()));
        assertTrue(err.toString().contains("nothing usable remains"), err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("o1/preparation.txt")), "the report says why");

        assertEquals(2, run("prepare", dir.resolve("missing").toString(), "--out", dir.resolve("o2").toString()));
        assertTrue(err.toString().contains("missing: no such folder or manifest"), err.toString());
    }

    @Test
    void helpListsTheOptionsAndTheVideoExtensions() {
        assertEquals(0, run("prepare", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        for (String option : new String[] {"--out", "--anomalous", "--group", "--min-duration", "--split", "--seed",
                "--balance-train", "--balance-val"}) {
            assertTrue(help.contains(option), option + " missing in help");
        }
        assertTrue(help.contains(VideoFiles.extensionList()), "the help must list the extensions VideoFiles takes");
    }
}
