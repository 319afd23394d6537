package dev.vigil.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.ModelCards;
import dev.vigil.detector.KnnDetector;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.SampleSubset;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.io.Csv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands end to end on real sample clips: {@code demo} on a small subset (2 train, 1 val and 1 test clip of
 * each normal class, 2 clips of each anomalous one), then {@code evaluate}, {@code export-bundle} and {@code score}
 * on the run folder it made. Every number printed is checked against {@code scores.csv}.
 */
class PipelineCommandsTest {

    @TempDir
    static Path dir;

    static Path manifest;
    static CommandRun demo;
    static Path run;

    @BeforeAll
    static void runTheDemo() throws IOException {
        manifest = SampleSubset.write(dir.resolve("data"), 7, 2, 1, 1, 2);
        demo = CommandRun.of("demo", "--manifest", manifest.toString(), "--runs", dir.resolve("runs").toString(),
                "--epochs", "5", "--cache", dir.resolve("cache").toString());
        run = dir.resolve("runs/demo");
    }

    private static ScoreTable scores() throws IOException {
        return ScoreTable.read(run.resolve(RunFolder.SCORES));
    }

    private static List<Double> thresholds(RunReport report) {
        return report.detectors().stream().map(d -> d.threshold().value()).toList();
    }

    @Test
    void reportWritesOnePageWithEveryChartEmbedded() throws Exception {
        Path page = dir.resolve("shared/demo.html");
        java.nio.file.Files.createDirectories(page.getParent());
        CommandRun r = CommandRun.of("report", run.toString(), "--out", page.toString());
        assertEquals(0, r.code(), r.all());
        dev.vigil.report.ReportPage read = dev.vigil.report.ReportPage.read(page);
        RunReport report = dev.vigil.experiment.run.RunFolder.open(run).read().report().orElseThrow();
        // per detector its box plots by split and by class, ROC and precision–recall; then the loss curve
        assertEquals(report.detectors().size() * 4 + 1, read.charts().size(), read.charts().toString());
        assertTrue(read.charts().contains("Training and validation loss per epoch"), read.charts().toString());
        for (RunReport.DetectorReport d : report.detectors()) {
            assertTrue(read.charts().contains("ROC, " + d.name()), read.charts().toString());
            assertTrue(read.text().contains(String.format(java.util.Locale.ROOT, "%.4g", d.auroc())),
                    "the AUROC of " + d.detector() + " is in the table");
        }
        assertTrue(read.text().contains("\"num_epoch\" : 5"), "the settings are in the page");

        CommandRun byDefault = CommandRun.of("report", run.toString());
        assertEquals(0, byDefault.code(), byDefault.all());
        assertTrue(java.nio.file.Files.isRegularFile(run.resolveSibling("demo-report.html")), byDefault.all());
        CommandRun notARun = CommandRun.of("report", dir.resolve("data").toString());
        assertEquals(1, notARun.code(), notARun.all());
        assertTrue(notARun.err().contains("neither a run folder"), notARun.all());
    }

    @Test
    void demoWritesTheRunFolderAndPrintsWhatItsScoresHold() throws IOException {
        assertEquals(0, demo.code(), demo.all());
        for (String file : List.of("config.json", "history.csv", "scores.csv", "report.json", "backbone.json",
                "checkpoints/best.ckpt", "checkpoints/latest.ckpt", "detectors/autoencoder.bin", "detectors/knn.bin",
                "detectors/gaussian.bin", "detectors/centroid.bin", "autoencoder.vigil")) {
            assertTrue(Files.isRegularFile(run.resolve(file)), file + " in " + run);
        }
        RunContents contents = RunFolder.open(run).read();
        assertEquals(5, contents.history().size());
        assertEquals(34, contents.scores().orElseThrow().size());
        assertEquals(List.of("autoencoder", "knn", "gaussian", "centroid"), contents.scores().get().detectors());
        assertEquals("builtin", contents.config().settings().backbone());
        assertEquals(360, contents.config().settings().embeddingSize().getAsInt(), "the backbone's facts");

        PrintedReport printed = PrintedReport.parse(demo.out());
        printed.assertAgreesWith(scores(), thresholds(contents.report().orElseThrow()));
        assertTrue(printed.rows().stream().allMatch(r -> r.method().equals("youden")), demo.out());
        assertTrue(demo.out().contains("epoch 1/5") && demo.out().contains("epoch 5/5"), demo.out());
        assertTrue(demo.out().contains("run folder: " + run.toAbsolutePath()), demo.out());
        assertTrue(demo.err().contains("extract 34/34"), "a progress line while embedding:\n" + demo.err());
    }

    @Test
    void evaluatePrintsTheRunAtItsThresholdOrASuggestedOneAndCanKeepIt() throws IOException {
        CommandRun saved = CommandRun.of("evaluate", run.toString());
        assertEquals(0, saved.code(), saved.all());
        RunReport before = RunFolder.open(run).read().report().orElseThrow();
        PrintedReport.parse(saved.out()).assertAgreesWith(scores(), thresholds(before));

        Path copy = dir.resolve("copy");
        copyTree(run, copy);
        CommandRun suggested = CommandRun.of("evaluate", copy.toString(), "--detector", "knn", "--suggest", "maxf1",
                "--write");
        assertEquals(0, suggested.code(), suggested.all());
        RunReport after = RunFolder.open(copy).read().report().orElseThrow();
        RunReport.DetectorReport knn = after.detectors().stream().filter(d -> d.detector().equals("knn"))
                .findFirst().orElseThrow();
        assertEquals("max_f1", knn.threshold().method());
        PrintedReport printed = PrintedReport.parse(suggested.out());
        assertEquals(List.of("knn"), printed.rows().stream().map(PrintedReport.Row::detector).toList());
        printed.assertAgreesWith(knnOnly(scores()), List.of(knn.threshold().value()));
        assertEquals(before.detectors().get(0), after.detectors().get(0), "the other detectors are kept");

        CommandRun manual = CommandRun.of("evaluate", run.toString(), "--threshold", "0.5");
        assertEquals(0, manual.code(), manual.all());
        PrintedReport.parse(manual.out()).assertAgreesWith(scores(), List.of(0.5, 0.5, 0.5, 0.5));
    }

    private static ScoreTable knnOnly(ScoreTable all) {
        return new ScoreTable(all.clips()).with("knn", all.scores("knn"));
    }

    @Test
    void evaluateNamesWhatIsWrong() throws IOException {
        CommandRun both = CommandRun.of("evaluate", run.toString(), "--threshold", "1", "--suggest", "youden");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("not both"), both.err());
        CommandRun unknown = CommandRun.of("evaluate", run.toString(), "--detector", "svm");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no detector 'svm'") && unknown.err().contains("knn"), unknown.err());
        CommandRun method = CommandRun.of("evaluate", run.toString(), "--suggest", "best");
        assertEquals(2, method.code());
        assertTrue(method.err().contains("expected maxf1, youden or percentile"), method.err());
        Path empty = Files.createDirectories(dir.resolve("not-a-run"));
        CommandRun notRun = CommandRun.of("evaluate", empty.toString());
        assertEquals(1, notRun.code());
        assertTrue(notRun.err().contains("not a Vigil run"), notRun.err());
    }

    @Test
    void aBundleScoresNewVideosAsTheRunScoredThemAndReportsTheOnesItCannotRead() throws IOException {
        Path bundle = dir.resolve("gaussian.vigil");
        CommandRun export = CommandRun.of("export-bundle", run.toString(), "--detector", "gaussian", "--out",
                bundle.toString());
        assertEquals(0, export.code(), export.all());
        CommandRun again = CommandRun.of("export-bundle", run.toString(), "--detector", "gaussian", "--out",
                bundle.toString());
        assertEquals(2, again.code(), "an existing bundle is not replaced without --overwrite");

        ScoreTable table = scores();
        Path normal = Path.of(table.clips().stream().filter(c -> c.split().id().equals("test")).findFirst()
                .orElseThrow().path());
        Path anomaly = Path.of(table.clips().stream().filter(c -> c.isAnomaly()).findFirst().orElseThrow().path());
        Path broken = Files.writeString(dir.resolve("broken.mp4"), "not a video");
        Path empty = Files.write(dir.resolve("empty.mp4"), new byte[0]);
        Path missing = dir.resolve("missing.mp4");
        Path csv = dir.resolve("scores-out.csv");

        for (String detector : List.of("gaussian", "autoencoder")) {
            Path file = detector.equals("gaussian") ? bundle : run.resolve("autoencoder.vigil");
            CommandRun score = CommandRun.of("score", normal.toString(), anomaly.toString(), broken.toString(),
                    empty.toString(), missing.toString(), "--bundle", file.toString(), "--out", csv.toString(),
                    "--cache", dir.resolve("cache").toString());
            assertEquals(1, score.code(), "a file failed: " + score.all());
            Map<String, List<String>> rows = Csv.read(csv).stream().skip(1)
                    .collect(Collectors.toMap(r -> r.get(0), r -> r));
            assertEquals(ScoreCommand.HEADER, Csv.read(csv).get(0));
            assertEquals(5, rows.size());
            RunReport.DetectorReport chosen = RunFolder.open(run).read().report().orElseThrow().detectors().stream()
                    .filter(d -> d.detector().equals(detector)).findFirst().orElseThrow();
            for (Path good : List.of(normal, anomaly)) {
                List<String> row = rows.get(good.toString());
                double expected = table.scores(detector)[indexOf(table, good)];
                assertEquals(expected, Double.parseDouble(row.get(1)), Math.abs(expected) * 1e-5,
                        detector + " bundle score of " + good);
                assertEquals(expected >= chosen.threshold().value() ? "anomaly" : "normal", row.get(2));
            }
            for (Path bad : List.of(broken, empty, missing)) {
                List<String> row = rows.get(bad.toAbsolutePath().normalize().toString());
                assertEquals("failed", row.get(2), row.toString());
                assertNotEquals("", row.get(3), "a reason for " + bad);
                assertTrue(score.err().contains(bad.getFileName().toString()), score.err());
            }
            assertTrue(rows.get(missing.toString()).get(3).contains("no such file"), rows.toString());
        }
    }

    private static int indexOf(ScoreTable table, Path file) {
        for (int i = 0; i < table.size(); i++) {
            if (Path.of(table.clips().get(i).path()).equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " not in the run");
    }

    @Test
    void aBundleWhoseTorchScriptBackboneIsNotHereSaysSoAndHowToGetIt() throws IOException {
        ObjectNode card = (ObjectNode) JsonMapper.builder().build().readTree(ModelCards.toJson(
                ModelCards.read(Path.of("models/r2plus1d_18.json"))));
        card.put("version", "torchscript");
        Path clip = Path.of(scores().clips().get(0).path());
        try (KnnDetector knn = new KnnDetector(1)) {
            float[][] rows = new float[2][512];
            rows[1][0] = 1;
            knn.fit(rows, null);
            Path file = dir.resolve("r2plus1d.vigil");
            DetectorBundle.of("r2", card, JsonMapper.builder().build().createObjectNode(), knn, 1.0, "manual")
                    .write(file);
            CommandRun score = CommandRun.of("score", clip.toString(), "--bundle", file.toString());
            assertEquals(2, score.code(), score.all());
            assertTrue(score.err().contains("needs the TorchScript backbone 'r2plus1d_18'")
                    && score.err().contains("export_backbones.py"), score.err());

            card.put("id", "not_here");
            DetectorBundle.of("x", card, JsonMapper.builder().build().createObjectNode(), knn, 1.0, "manual")
                    .write(file);
            CommandRun unknown = CommandRun.of("score", clip.toString(), "--bundle", file.toString());
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().contains("'not_here'") && unknown.err().contains("not in the models folder"),
                    unknown.err());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
