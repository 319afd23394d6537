package dev.vigil.spark;

import dev.vigil.cli.VigilCommand;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.samples.Activity;
import dev.vigil.samples.Placement;
import dev.vigil.samples.SampleSettings;
import dev.vigil.samples.SceneLook;
import dev.vigil.samples.SceneRenderer;
import dev.vigil.samples.Segment;
import dev.vigil.samples.SequenceWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the tests score and compare with: videos rendered by the samples' generator (one fixed camera, 160 × 120 at
 * 25 fps), bundles made by the real {@code vigil} commands, and Spark sessions with a local master.
 */
final class Fixtures {

    static final int WIDTH = 160;
    static final int HEIGHT = 120;
    static final double FPS = 25;
    private static final SceneLook LOOK = SceneLook.random(7);

    private Fixtures() {
    }

    /** Two recordings of people walking (300 frames each): what a timeline learns as normal. */
    static Path trainFolder(Path dir) throws IOException {
        Path train = Files.createDirectories(dir.resolve("train"));
        write(train.resolve("walk_a.mp4"), 0.25, 1, List.of(new Segment(Activity.WALK, 300)));
        write(train.resolve("walk_b.mp4"), 0.75, -1, List.of(new Segment(Activity.WALK, 300)));
        return train;
    }

    /** A minute of footage (1500 frames): walking, a fall at frames 600–699, walking on. */
    static Path longVideo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        write(file, 0.3, 1, List.of(new Segment(Activity.WALK, 600), new Segment(Activity.FALL, 100),
                new Segment(Activity.WALK, 800)));
        return file;
    }

    /** A short normal recording (200 frames). */
    static Path shortVideo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        write(file, 0.6, 1, List.of(new Segment(Activity.WALK, 200)));
        return file;
    }

    private static void write(Path file, double x, int facing, List<Segment> segments) throws IOException {
        SceneRenderer scene = new SceneRenderer(LOOK, WIDTH, HEIGHT, FPS);
        SequenceWriter.write(file, scene, new Placement(x * WIDTH, 0.83 * HEIGHT, 0.4 * HEIGHT, facing), segments,
                SampleSettings.bitrateFor(WIDTH, HEIGHT, FPS), ProgressListener.NONE, CancellationToken.none());
    }

    /** Runs a {@code vigil} command in this JVM and fails the test, with its output, unless it exits 0. */
    static String vigil(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VigilCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertEquals(0, code, "vigil " + String.join(" ", args) + "\n" + out + "\n" + err);
        return out.toString();
    }

    static SparkSession spark(String master) {
        return spark(master, false);
    }

    /** @param drill the fault drill: the first attempt of each video's first task and of its merge dies */
    static SparkSession spark(String master, boolean drill) {
        return SparkSession.builder().master(master).appName("vigil-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config(ArchiveJob.FAULT_DRILL, Boolean.toString(drill))
                .getOrCreate();
    }
}
