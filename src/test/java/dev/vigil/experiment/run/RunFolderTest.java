package dev.vigil.experiment.run;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.Detector;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.ExperimentData;
import dev.vigil.experiment.RunEvaluation;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.training.EpochRecord;
import dev.vigil.training.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunFolderTest {

    @TempDir
    Path runs;

    /** The whole experiment on synthetic embeddings: fit, train with history, score, evaluate, write, read back. */
    @Test
    void aRunIsWrittenAndReadBackWithoutRetraining() throws IOException {
        ExperimentConfig config = ExperimentConfig.defaults()
                .with(Map.of("model.num_epoch", 3, "model.dim_autoencoder_layers", "8,4",
                        "model.num_autoencoder_layers", 2, "model.saving_dir_model", "first run"));
        ExperimentSettings settings = config.settings();
        ExperimentData data = new ExperimentData(16);
        RunFolder run = RunFolder.create(runs, settings.runName().orElseThrow());
        run.writeConfig(config);

        ScoreTable table = new ScoreTable(data.clips);
        Map<String, String> names = new LinkedHashMap<>();
        for (Detector detector : settings.createDetectors(16)) {
            try (detector) {
                if (detector instanceof AutoencoderDetector ae) {
                    ae.train(data.rows(Split.TRAIN), data.rows(Split.VAL), TrainingSession.plain()
                            .withCheckpoints(run.checkpoints().dir()).withListener(run.historyWriter()));
                } else {
                    detector.fit(data.rows(Split.TRAIN), data.clips(Split.TRAIN));
                }
                table = table.with(detector.kind().id(), detector.score(data.all()));
                names.put(detector.kind().id(), detector.name());
            }
        }
        RunContents midway = run.read();
        assertFalse(midway.complete(), "no report yet: still running");
        assertEquals(3, midway.history().size(), "history.csv follows the epochs");
        assertTrue(midway.resumable());

        run.writeScores(table);
        RunReport report = RunEvaluation.report(table, settings, names, Instant.parse("2025-01-02T03:04:05Z"));
        run.writeReport(report);

        RunContents back = RunFolder.open(runs.resolve("first run")).read();
        assertTrue(back.complete());
        assertEquals(config, back.config());
        assertEquals(midway.history(), back.history());
        assertEquals(table.clips(), back.scores().orElseThrow().clips());
        for (String detector : table.detectors()) {
            assertArrayEquals(table.scores(detector), back.scores().orElseThrow().scores(detector), 0.0);
        }
        assertEquals(report, back.report().orElseThrow());
        RunReport.DetectorReport knn = back.report().orElseThrow().detectors().get(1);
        assertEquals("knn", knn.detector());
        assertTrue(knn.auroc() > 0.9, "shifted anomalies separate: " + knn.auroc());
        assertEquals("val_percentile", knn.threshold().method());
        assertEquals(List.of("train", "val", "test", "anomaly"),
                knn.accuracy().stream().map(RunReport.AccuracyRow::split).toList());
        assertEquals(List.of(runs.resolve("first run")), RunFolder.list(runs));
    }

    @Test
    void undefinedMetricsSurviveTheJsonRoundTrip() throws IOException {
        ExperimentData data = new ExperimentData(4);
        List<Clip> normalsOnly = data.clips.stream().filter(c -> !c.isAnomaly()).toList();
        double[] scores = new double[normalsOnly.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i;
        }
        ScoreTable table = new ScoreTable(normalsOnly).with("knn", scores);
        ExperimentConfig config = ExperimentConfig.defaults().with("detectors.threshold_method", "max_f1");
        RunReport report = RunEvaluation.report(table, config.settings(), Map.of(), Instant.EPOCH);
        RunReport.DetectorReport knn = report.detectors().get(0);
        assertTrue(Double.isNaN(knn.auroc()), "no anomalies: AUROC undefined");
        assertEquals("val_percentile", knn.threshold().method());
        assertTrue(knn.threshold().reason().contains("instead of max_f1"), knn.threshold().reason());

        RunFolder run = RunFolder.create(runs, "normals");
        run.writeConfig(config);
        run.writeReport(report);
        assertTrue(Files.readString(run.dir().resolve(RunFolder.REPORT)).contains("\"auroc\" : \"NaN\""));
        assertEquals(report, run.read().report().orElseThrow());
    }

    @Test
    void namesAndExistingFoldersAreChecked() throws IOException {
        RunFolder.create(runs, "taken").writeConfig(ExperimentConfig.defaults());
        IOException exists = assertThrows(IOException.class, () -> RunFolder.create(runs, "taken"));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        assertEquals("taken-2", RunFolder.freeName(runs, "taken"));
        assertEquals("free", RunFolder.freeName(runs, "free"));
        for (String bad : List.of("", "..", "a/b", "a\\b", "x:y")) {
            IOException e = assertThrows(IOException.class, () -> RunFolder.create(runs, bad), bad);
            assertTrue(e.getMessage().startsWith("run name '" + bad + "'"), e.getMessage());
        }
        assertTrue(RunFolder.create(runs, "Überlauf – 3 (ok)").dir().endsWith("Überlauf – 3 (ok)"));
        IOException notRun = assertThrows(IOException.class, () -> RunFolder.open(runs.resolve("Überlauf – 3 (ok)")));
        assertTrue(notRun.getMessage().contains("not a Vigil run"), notRun.getMessage());
    }

    @Test
    void historyKeepsEpochsWithoutValidation() throws IOException {
        RunFolder run = RunFolder.create(runs, "h");
        List<EpochRecord> history = List.of(new EpochRecord(1, 1e-3, 12.5, Double.NaN, 0.25),
                new EpochRecord(2, 1e-4, 11.0, Double.NaN, 0.5));
        run.writeHistory(history);
        List<EpochRecord> back = HistoryCsv.read(run.dir().resolve(RunFolder.HISTORY));
        assertEquals(history, back);
        Files.writeString(run.dir().resolve(RunFolder.HISTORY), "epoch,loss\n1,2\n");
        IOException e = assertThrows(IOException.class, () -> HistoryCsv.read(run.dir().resolve(RunFolder.HISTORY)));
        assertTrue(e.getMessage().contains("header must be epoch,learning_rate,train_loss,val_loss,elapsed_s"),
                e.getMessage());
    }
}
