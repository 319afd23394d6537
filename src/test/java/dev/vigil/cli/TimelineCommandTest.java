package dev.vigil.cli;

import dev.vigil.timeline.LongVideos;
import dev.vigil.timeline.folder.TimelineFiles;
import dev.vigil.timeline.folder.TimelineFolder;
import dev.vigil.timeline.folder.TimelineResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline command from the command line: outputs, measures, bad files, wrong settings. */
class TimelineCommandTest {

    @TempDir
    static Path dir;
    private static Path train;
    private static Path test;
    private static Path truth;

    @BeforeAll
    static void videos() throws Exception {
        train = LongVideos.trainFolder(dir);
        test = LongVideos.testFolder(dir);
        truth = LongVideos.groundTruth(dir);
        Files.writeString(train.resolve("notes.mp4"), "not a video");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VigilCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void scoresTheTestVideosPrintsTheFrameLevelAurocAndSkipsABrokenFile() throws Exception {
        Path out = dir.resolve("out");
        Result r = run("timeline", "--train", train.toString(), "--test", test.toString(), "--gt", truth.toString(),
                "--out", out.toString(), "--cache", dir.resolve("cache").toString(), "--detector", "knn",
                "--smooth", "9", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("frame-level AUROC (micro, 600 frames of 2 video(s), 100 anomalous): 0."),
                r.out());
        assertTrue(r.out().contains("normal.mp4  200 frames") && r.out().contains("no anomalous frames"), r.out());
        assertTrue(r.err().contains("skipped train video notes.mp4: "), r.err());
        assertTrue(r.err().contains("train ") && r.err().contains("score "), "no progress on stderr: " + r.err());
        for (String file : new String[] {TimelineFiles.INDEX, TimelineFiles.FRAME_SCORES, TimelineFiles.SEGMENTS,
                TimelineFiles.METRICS, TimelineFiles.WINDOW_SCORES, TimelineFiles.DETECTOR}) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        TimelineResult result = TimelineFolder.load(out);
        assertEquals("box 9", result.smoothing().describe());
        assertTrue(result.metrics().orElseThrow().frameAuroc() > 0.9, result.metrics().toString());

        Path page = dir.resolve("timeline-report.html");
        Result report = run("report", out.toString(), "--out", page.toString());
        assertEquals(0, report.code(), report.err());
        dev.vigil.report.ReportPage read = dev.vigil.report.ReportPage.read(page);
        assertEquals(result.videos().size(), read.charts().size(), "a timeline per video: " + read.charts());
        for (var video : result.videos()) {
            assertTrue(read.charts().stream().anyMatch(caption -> caption.startsWith("Timeline of " + video.name())));
        }
        assertTrue(read.text().contains("Frame-level AUROC " + String.format(java.util.Locale.ROOT, "%.4g",
                result.metrics().orElseThrow().frameAuroc())), "the measures are in the page");
    }

    @Test
    void aPercentileOfTooFewHeldOutWindowsIsPointedOut() {
        Result high = run("timeline", "--train", train.toString(), "--test", test.toString(), "--out",
                dir.resolve("p99").toString(), "--cache", dir.resolve("cache").toString(), "--percentile", "99");
        assertEquals(0, high.code(), high.err());
        java.util.regex.Matcher held = java.util.regex.Pattern.compile(", (\\d+) held out").matcher(high.out());
        assertTrue(held.find(), high.out());
        int windows = Integer.parseInt(held.group(1));
        assertTrue(windows < 100, "the fixture holds out few windows: " + windows);
        assertTrue(high.out().contains("warning: the threshold, the 99th percentile of " + windows
                + " held-out windows, is about their highest score"), high.out());

        Result median = run("timeline", "--train", train.toString(), "--test", test.toString(), "--out",
                dir.resolve("p50").toString(), "--cache", dir.resolve("cache").toString(), "--percentile", "50");
        assertEquals(0, median.code(), median.err());
        assertFalse(median.out().contains("warning:"), "the median of " + windows + " windows is sound: "
                + median.out());
    }

    @Test
    void aGivenThresholdIsUsedAndNoGroundTruthMeansNoMetrics() throws Exception {
        Path out = dir.resolve("given");
        Result r = run("timeline", "--train", train.toString(), "--test", test.toString(), "--out", out.toString(),
                "--cache", dir.resolve("cache").toString(), "--threshold", "1e9", "--window", "16", "--stride", "4",
                "--device", "cpu");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("threshold 1.00000e+09 (given)"), r.out());
        assertTrue(!r.out().contains("AUROC") && !Files.exists(out.resolve(TimelineFiles.METRICS)), r.out());
        TimelineResult result = TimelineFolder.load(out);
        assertEquals(16, result.windows().length());
        assertTrue(result.videos().stream().allMatch(v -> v.segments().isEmpty()));
    }

    @Test
    void everyWrongSettingIsNamedAtOnce() {
        Result r = run("timeline", "--train", train.toString(), "--test", dir.resolve("missing").toString(),
                "--out", dir.resolve("x").toString(), "--window", "0", "--percentile", "140", "--detector", "svm",
                "--smooth-kernel", "median");
        assertEquals(2, r.code());
        for (String expected : new String[] {"--window", "--percentile", "'svm' is not a detector", "median",
                "missing does not exist"}) {
            assertTrue(r.err().contains(expected), expected + " not in: " + r.err());
        }
        assertTrue(!Files.exists(dir.resolve("x")));
    }

    @Test
    void aThresholdAndAPercentileCannotBothBeGivenAndHelpListsTheOptions() {
        Result both = run("timeline", "--train", "a", "--test", "b", "--out", "c", "--threshold", "1",
                "--percentile", "90");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        Result device = run("timeline", "--train", "a", "--test", "b", "--out", "c", "--device", "tpu");
        assertEquals(2, device.code());
        assertTrue(device.err().contains("--device") && device.err().contains("auto, cpu or gpu"), device.err());
        Result help = run("timeline", "--help");
        assertEquals(0, help.code());
        for (String option : new String[] {"--train", "--test", "--gt", "--out", "--backbone", "--detector", "--window",
                "--stride", "--smooth", "--threshold", "--percentile", "--min-length", "--gap", "--device"}) {
            assertTrue(help.out().contains(option), option);
        }
    }
}
