package dev.vigil.spark;

import dev.vigil.experiment.bundle.DetectorBundle;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clip bundle over the 120 sample clips on a local Spark master: one score per clip, equal to what
 * {@code vigil score} writes on one machine, and the same CSV columns; bad input stops the job with a message that
 * names the file and the reason.
 */
class ClipArchiveTest {

    @TempDir
    static Path dir;
    private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
    private static Path bundle;
    private static Map<String, String[]> expected;
    private static SparkSession spark;

    @BeforeAll
    static void bundleAndOneMachineScores() throws IOException {
        Fixtures.vigil("demo", "--manifest", SAMPLES.resolve("manifest.csv").toString(), "--runs",
                dir.resolve("runs").toString(), "--epochs", "5", "--cache", dir.resolve("cache").toString());
        bundle = dir.resolve("runs/demo/autoencoder.vigil");
        Path csv = dir.resolve("one-machine.csv");
        Fixtures.vigil("score", "--bundle", bundle.toString(), SAMPLES.toString(), "--out", csv.toString(),
                "--no-cache");
        expected = rows(csv);
        assertEquals(120, expected.size());
        spark = Fixtures.spark("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everySampleGetsTheScoreAndVerdictOfVigilScore() throws Exception {
        Path out = dir.resolve("spark-out");
        ArchiveJob.Summary summary = ArchiveJob.run(spark, new ArchiveJob.Options(bundle.toString(), SAMPLES.toString(),
                out.toString(), true, 120, 1));
        assertEquals(120, summary.done(), summary.failures().toString());
        Map<String, String[]> actual = rows(out.resolve("clip_scores.csv"));
        assertEquals(expected.keySet(), actual.keySet());
        int anomalies = 0;
        int onTheThreshold = 0;
        try (DetectorBundle read = DetectorBundle.read(bundle)) {
            for (Map.Entry<String, String[]> e : expected.entrySet()) {
                String[] one = e.getValue();
                String[] job = actual.get(e.getKey());
                double score = Double.parseDouble(one[1]);
                assertEquals(score, Double.parseDouble(job[1]), 1e-6, e.getKey());
                // the demo's thresholds are Youden's J, which sit exactly on a clip's score: there, a difference in
                // the last bits (the autoencoder scores a clip alone here and 120 at once there) flips the verdict
                if (read.isAnomaly(score - 1e-6) != read.isAnomaly(score + 1e-6)) {
                    onTheThreshold++;
                } else {
                    assertEquals(one[2], job[2], e.getKey() + " scored " + one[1] + " and " + job[1]);
                }
                anomalies += one[2].equals("anomaly") ? 1 : 0;
            }
        }
        assertTrue(onTheThreshold <= 2, onTheThreshold + " clips on the threshold");
        assertTrue(anomalies > 0 && anomalies < 120, "every clip got the same verdict: nothing was compared");
        assertEquals("path,score,verdict,reason", Files.readAllLines(out.resolve("clip_scores.csv")).get(0));
    }

    @Test
    void aMissingOrForeignBundleStopsTheJobNamingTheFile() throws Exception {
        Path missing = dir.resolve("gone.vigil");
        IOException gone = assertThrows(IOException.class, () -> ArchiveJob.run(spark, new ArchiveJob.Options(
                missing.toString(), SAMPLES.toString(), dir.resolve("x").toString(), false, 120, 1)));
        assertTrue(gone.getMessage().contains("bundle " + missing + ": no such file"), gone.getMessage());

        Path notes = Files.writeString(dir.resolve("notes.vigil"), "not a bundle");
        IOException foreign = assertThrows(IOException.class, () -> ArchiveJob.run(spark, new ArchiveJob.Options(
                notes.toString(), SAMPLES.toString(), dir.resolve("y").toString(), false, 120, 1)));
        assertTrue(foreign.getMessage().startsWith("bundle " + notes + ": "), foreign.getMessage());

        Path nowhere = dir.resolve("no-videos");
        IOException noVideos = assertThrows(IOException.class, () -> ArchiveJob.run(spark, new ArchiveJob.Options(
                bundle.toString(), nowhere.toString(), dir.resolve("z").toString(), false, 120, 1)));
        assertEquals("videos " + nowhere + ": no such file or folder", noVideos.getMessage());
    }

    @Test
    void aListOfPathsIsReadLikeAFolderAndTheCommandExitsOneWhenAVideoFails() throws Exception {
        List<Path> walks;
        try (var files = Files.list(SAMPLES.resolve("walk"))) {
            walks = files.sorted().limit(2).toList();
        }
        // a path, a file: URI, and a relative path taken from the list's folder
        Path list = Files.writeString(dir.resolve("videos.txt"), "# two clips and a file that is gone\n" + walks.get(0) + "\n" + walks.get(1).toUri()
                + "\nmissing.mp4\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ScoreArchive());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        // the session of this class is reused: getOrCreate hands the running one to the command
        int code = cli.execute("--bundle", bundle.toString(), "--videos", list.toString(), "--out",
                dir.resolve("listed").toString(), "--csv");
        spark = Fixtures.spark("local[2]");
        assertEquals(1, code, out + "\n" + err);
        assertTrue(out.toString().contains("3 video(s), 2 done"), out.toString());
        assertTrue(err.toString().contains(dir.resolve("missing.mp4") + ": "), err.toString());
        Map<String, String[]> rows = rows(dir.resolve("listed/clip_scores.csv"));
        for (Path walk : walks) {
            assertEquals(Double.parseDouble(expected.get(walk.toString())[1]),
                    Double.parseDouble(rows.get(walk.toString())[1]), 1e-6, walk.toString());
        }
        assertEquals("failed", rows.get(dir.resolve("missing.mp4").toString())[2]);
    }

    /** The rows of a clip CSV (path,score,verdict,reason) by path. */
    private static Map<String, String[]> rows(Path csv) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.put(cells[0], cells);
        }
        return rows;
    }
}
