package dev.vigil.cli;

import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateSamplesCommandTest {

    /** A tiny dataset: one short, small clip per class. */
    private static final String[] TINY = {"--clips-per-class", "1", "--seconds", "0.8", "--fps", "10", "--width",
            "96", "--height", "64"};

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

    private String[] tiny(Path folder, String... more) {
        String[] args = new String[3 + TINY.length + more.length];
        args[0] = "generate-samples";
        args[1] = "--out";
        args[2] = folder.toString();
        System.arraycopy(TINY, 0, args, 3, TINY.length);
        System.arraycopy(more, 0, args, 3 + TINY.length, more.length);
        return args;
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("generate-samples", "--help"));
        for (String option : new String[] {"--out", "--seed", "--clips-per-class", "--seconds", "--fps", "--width",
                "--height", "--bitrate", "--threads", "--overwrite"}) {
            assertTrue(out.toString().contains(option), "help lacks " + option + ":\n" + out);
        }
    }

    @Test
    void writesClipsManifestAndReadmeWithProgress() throws Exception {
        Path folder = dir.resolve("tiny");
        assertEquals(0, run(tiny(folder, "--threads", "2")), err.toString());
        Dataset dataset = Manifest.read(folder.resolve("manifest.csv"));
        assertEquals(10, dataset.clips().size());
        assertEquals(7, dataset.split(Split.TRAIN).size());
        assertEquals(3, dataset.split(Split.ANOMALY).size());
        VideoInfo info = VideoProbe.probe(folder.resolve("crawl/crawl_01.mp4"));
        assertEquals(96, info.width());
        assertEquals(64, info.height());
        assertEquals(8, info.frameCount());
        assertTrue(Files.readString(folder.resolve("README.md")).contains("--seed 2024 --clips-per-class 1"));
        assertTrue(out.toString().contains("[ 10/10]"), out.toString());
    }

    @Test
    void theOutputDoesNotDependOnTheNumberOfThreads() throws Exception {
        assertEquals(0, run(tiny(dir.resolve("one"), "--threads", "1", "--seed", "5")), err.toString());
        assertEquals(0, run(tiny(dir.resolve("two"), "--threads", "2", "--seed", "5")), err.toString());
        for (String clip : new String[] {"walk/walk_01.mp4", "fall/fall_01.mp4", "manifest.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(clip)),
                    Files.readAllBytes(dir.resolve("two").resolve(clip)), clip);
        }
        // Another seed gives other clips.
        assertEquals(0, run(tiny(dir.resolve("other"), "--seed", "6")), err.toString());
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(dir.resolve("one/walk/walk_01.mp4")),
                Files.readAllBytes(dir.resolve("other/walk/walk_01.mp4"))));
    }

    @Test
    void refusesToReplaceADatasetUnlessAsked() throws Exception {
        Path folder = dir.resolve("existing");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("manifest.csv"), "path,label,class,split\n");
        assertEquals(2, run(tiny(folder)));
        assertTrue(err.toString().contains("already holds a dataset"), err.toString());
        assertEquals("path,label,class,split\n", Files.readString(folder.resolve("manifest.csv")));
        assertEquals(0, run(tiny(folder, "--overwrite")), err.toString());
        assertEquals(10, Manifest.read(folder.resolve("manifest.csv")).clips().size());
    }

    @Test
    void rejectsBadSettingsWithAPlainMessage() throws Exception {
        assertEquals(2, run("generate-samples", "--out", dir.resolve("odd").toString(), "--width", "321"));
        assertTrue(err.toString().contains("frame size must be even"), err.toString());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, run(tiny(file)));
        assertTrue(err.toString().contains("is a file, not a folder"), err.toString());
    }
}
