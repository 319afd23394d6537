package dev.vigil.ui.results;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.io.Csv;
import dev.vigil.ui.TestRuns;
import dev.vigil.ui.run.RunLoader;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import dev.vigil.ui.task.ManualDelayTimer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsViewModelTest {

    @TempDir
    Path dir;
    private final ResultsViewModel model = new ResultsViewModel(new CurrentThreadTaskExecutor(), Duration.ZERO);

    /** Train 1..10, val 1.5..10.5, test 1..10, anomaly 6..15 for "autoencoder"; "knn" is the same scores halved. */
    static ScoreTable table() {
        List<Clip> clips = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            add(clips, scores, new Clip("train/" + i + ".mp4", 0, "walk", Split.TRAIN), i);
            add(clips, scores, new Clip("val/" + i + ".mp4", 0, "walk", Split.VAL), i + 0.5);
            add(clips, scores, new Clip("test/" + i + ".mp4", 0, "run", Split.TEST), i);
            add(clips, scores, new Clip("anomaly/" + i + ".mp4", 1, "bike", Split.ANOMALY), i + 5);
        }
        double[] ae = scores.stream().mapToDouble(Double::doubleValue).toArray();
        double[] knn = scores.stream().mapToDouble(s -> s / 2).toArray();
        return new ScoreTable(clips).with("autoencoder", ae).with("knn", knn);
    }

    private static void add(List<Clip> clips, List<Double> scores, Clip clip, double score) {
        clips.add(clip);
        scores.add(score);
    }

    static RunResults results(ScoreTable table, Path runDir, Double autoencoderThreshold) {
        List<DetectorResults> detectors = new ArrayList<>();
        for (String id : table.detectors()) {
            Optional<StartThreshold> start = id.equals("autoencoder") && autoencoderThreshold != null
                    ? Optional.of(new StartThreshold(autoencoderThreshold, "The run's threshold")) : Optional.empty();
            detectors.add(DetectorResults.of(table, id, id + " detector", Path.of("data"), start));
        }
        return new RunResults("run", runDir, detectors, "autoencoder");
    }

    private SplitAccuracy row(Split split) {
        return model.threshold().accuracy().stream().filter(r -> r.split() == split).findFirst().orElseThrow();
    }

    @Test
    void theTablesAtAThresholdAreThoseOfTheCoresSweep() {
        ScoreTable table = table();
        model.show(results(table, null, 8.0), RunUiState.empty());
        ThresholdSweep sweep = ThresholdSweep.of(table, "autoencoder");
        for (double t : new double[] {8, 10.5, 3.25, 100, -1}) {
            model.thresholdProperty().set(t);
            ThresholdResult expected = sweep.at(t);
            assertEquals(expected.accuracy(), List.copyOf(model.threshold().accuracy()), "accuracy at " + t);
            assertEquals(expected.confusion(), model.threshold().confusionProperty().get(), "confusion at " + t);
        }
        // at 8: train 8, 9, 10 flagged (3 of 10 wrong); anomalies 8..15 flagged (8 of 10 right)
        model.thresholdProperty().set(8);
        assertEquals(3, row(Split.TRAIN).flagged());
        assertEquals(0.7, row(Split.TRAIN).accuracy(), 1e-9);
        assertEquals(0.8, row(Split.ANOMALY).accuracy(), 1e-9);
        Confusion c = model.threshold().confusionProperty().get();
        // held-out normals flagged: val 8.5, 9.5, 10.5 and test 8, 9, 10
        assertEquals(new Confusion(8, 6, 14, 2), c);
        assertEquals(8.0 / 14, c.precision(), 1e-12);
        assertEquals(0.8, c.recall(), 1e-12);
        assertEquals(0.3, c.falsePositiveRate(), 1e-12);
        assertEquals(1.0, model.threshold().minProperty().get());
        assertEquals(15.0, model.threshold().maxProperty().get());
        assertEquals(sweep.auroc(), model.threshold().rocProperty().get().area(), 1e-12);
        assertEquals(sweep.averagePrecision(), model.threshold().precisionRecallProperty().get().area(), 1e-12);
    }

    @Test
    void suggestionsAreTheCoresAndSayWhy() {
        ScoreTable table = table();
        model.show(results(table, null, null), RunUiState.empty());
        ThresholdSweep sweep = ThresholdSweep.of(table, "autoencoder");
        // without a run threshold it starts at the 95th percentile of validation scores: 1.5..10.5 → 10.05
        assertEquals(10.05, model.thresholdProperty().get(), 1e-9);
        assertTrue(model.threshold().noteProperty().get().contains("95th percentile"));

        ThresholdViewModel threshold = model.threshold();
        assertTrue(threshold.maxF1AvailableProperty().get() && threshold.youdenAvailableProperty().get());
        threshold.suggestMaxF1();
        assertEquals(ThresholdSuggestions.maxF1(sweep).orElseThrow().threshold(), model.thresholdProperty().get());
        assertTrue(threshold.noteProperty().get().startsWith("Suggested: F1 "), threshold.noteProperty().get());
        threshold.suggestYouden();
        assertEquals(ThresholdSuggestions.youden(sweep).orElseThrow().threshold(), model.thresholdProperty().get());
        threshold.percentileProperty().set(50);
        threshold.suggestPercentile();
        assertEquals(6.0, model.thresholdProperty().get(), 1e-9, "median of 1.5..10.5");
        threshold.setManual(7.25);
        assertEquals(7.25, model.thresholdProperty().get());
        assertEquals("Set by hand", threshold.noteProperty().get());
        threshold.thresholdProperty().set(9);
        assertEquals("Set by hand", threshold.noteProperty().get());
    }

    @Test
    void withoutAnomaliesOnlyThePercentileCanSuggest() {
        List<Clip> clips = List.of(new Clip("a", 0, "walk", Split.TRAIN), new Clip("b", 0, "walk", Split.VAL),
                new Clip("c", 0, "walk", Split.VAL), new Clip("d", 0, "walk", Split.TEST));
        ScoreTable table = new ScoreTable(clips).with("gaussian", new double[] {1, 2, 4, 3});
        model.show(new RunResults("normal only", null, List.of(DetectorResults.of(table, "gaussian", "Gaussian",
                Path.of("."), Optional.empty())), "gaussian"), RunUiState.empty());
        assertFalse(model.threshold().maxF1AvailableProperty().get());
        assertFalse(model.threshold().youdenAvailableProperty().get());
        assertTrue(model.threshold().percentileAvailableProperty().get());
        double before = model.thresholdProperty().get();
        model.threshold().suggestMaxF1();
        assertEquals(before, model.thresholdProperty().get(), "an unavailable suggestion changes nothing");
        assertEquals(Double.NaN, model.threshold().confusionProperty().get().recall(), "no anomalies: recall undefined");
    }

    @Test
    void eachDetectorHasItsOwnClipsBoxesAndThreshold() {
        model.show(results(table(), null, 8.0), RunUiState.empty());
        assertEquals(List.of("autoencoder", "knn"), model.detectors().stream().map(DetectorResults::id).toList());
        assertEquals("autoencoder", model.detectorProperty().get().id());
        model.thresholdProperty().set(9);
        model.detectorProperty().set(model.detectors().get(1));
        assertEquals(7.5, model.threshold().maxProperty().get(), "knn scores are halved");
        assertEquals(ThresholdSuggestions.validationPercentile(ThresholdSweep.of(table(), "knn"), 95).orElseThrow()
                .threshold(), model.thresholdProperty().get(), 1e-12);
        assertEquals(7.5, model.clips().stream().mapToDouble(ScoredClip::score).max().orElseThrow());
        assertEquals(5.0, model.boxesBySplitProperty().get().get("train").max());
        model.detectorProperty().set(model.detectors().get(0));
        assertEquals(9, model.thresholdProperty().get(), "the autoencoder keeps the threshold chosen for it");
        var train = model.boxesBySplitProperty().get().get("train");
        assertEquals(5.5, train.median(), 1e-9);
        assertEquals(3.25, train.q1(), 1e-9);
        assertEquals(7.75, train.q3(), 1e-9);
        assertEquals(List.of("bike", "run", "walk"), List.copyOf(model.boxesByClassProperty().get().keySet()));
        assertEquals(20, model.boxesByClassProperty().get().get("walk").count());
    }

    @Test
    void theChosenThresholdIsKeptForTheRunOnlyWhenTheUserChoosesIt() {
        List<RunUiState> saved = new ArrayList<>();
        model.setStateSaver((runDir, state) -> saved.add(state));
        model.show(results(table(), dir, 8.0), RunUiState.empty());
        assertTrue(saved.isEmpty(), "opening a run writes nothing into it");
        model.thresholdProperty().set(11);
        assertEquals(1, saved.size());
        assertEquals(new RunUiState("autoencoder", Map.of("autoencoder", 11.0)), saved.get(0));
        model.detectorProperty().set(model.detectors().get(1));
        assertEquals("knn", saved.get(saved.size() - 1).detector());

        ResultsViewModel reopened = new ResultsViewModel(new CurrentThreadTaskExecutor(), Duration.ZERO);
        reopened.show(results(table(), dir, 8.0), new RunUiState("autoencoder", Map.of("autoencoder", 11.0)));
        assertEquals(11.0, reopened.thresholdProperty().get());
        assertEquals("The threshold you chose for this run", reopened.threshold().noteProperty().get());
    }

    @Test
    void filtersFlaggedAndMisjudgedClips() {
        model.show(results(table(), null, 9.5), RunUiState.empty());
        assertEquals(40, model.visibleClips().size());
        model.filterProperty().set(ClipFilter.FLAGGED);
        // train 10, val 9.5 & 10.5, test 10, anomaly 10..15
        assertEquals(1 + 2 + 1 + 6, model.visibleClips().size());
        model.filterProperty().set(ClipFilter.MISJUDGED);
        // normal flagged (4) + anomalies below 9.5 (6, 7, 8, 9)
        assertEquals(4 + 4, model.visibleClips().size());
        model.thresholdProperty().set(100);
        assertEquals(10, model.visibleClips().size(), "every anomaly is missed");
        assertEquals("10 of 40 clips", model.visibleSummaryProperty().get());
    }

    @Test
    void exportsTheClipTableTheAccuracyTableAndTheMeasures() throws Exception {
        model.show(results(table(), null, 14.5), RunUiState.empty());
        model.filterProperty().set(ClipFilter.FLAGGED);
        Path clips = dir.resolve("flagged.csv");
        model.exports().clipsCsv(clips);
        List<List<String>> rows = Csv.read(clips);
        assertEquals(List.of("path", "class", "split", "label", "score", "verdict"), rows.get(0));
        assertEquals(List.of("anomaly/10.mp4", "bike", "anomaly", "1", "15.0", "anomaly"), rows.get(1));
        assertEquals(2, rows.size());

        Path metricsFile = model.exports().accuracyCsv(dir.resolve("accuracy.csv"));
        assertEquals(dir.resolve("accuracy-metrics.csv"), metricsFile);
        List<List<String>> accuracy = Csv.read(dir.resolve("accuracy.csv"));
        assertEquals(List.of("split", "clips", "flagged", "accuracy"), accuracy.get(0));
        assertEquals(List.of("train", "10", "0", "1.0"), accuracy.get(1));
        assertEquals(List.of("anomaly", "10", "1", "0.1"), accuracy.get(4));
        Map<String, String> metrics = new java.util.HashMap<>();
        Csv.read(metricsFile).stream().skip(1).forEach(r -> metrics.put(r.get(0), r.get(1)));
        assertEquals("autoencoder", metrics.get("detector"));
        assertEquals("14.5", metrics.get("threshold"));
        assertEquals("1.0", metrics.get("precision"));
        assertEquals("0.1", metrics.get("recall"));
        assertEquals("0.0", metrics.get("false_positive_rate"));
        assertEquals(Double.toString(ThresholdSweep.of(table(), "autoencoder").auroc()), metrics.get("auroc"));
    }

    @Test
    void aHundredThousandClipsRefilterOnceWhenTheThresholdRests() {
        List<Clip> clips = new ArrayList<>();
        Random random = new Random(7);
        double[] scores = new double[100_000];
        for (int i = 0; i < scores.length; i++) {
            boolean anomaly = i % 10 == 0;
            clips.add(new Clip("c" + i, anomaly ? 1 : 0, anomaly ? "bike" : "walk",
                    anomaly ? Split.ANOMALY : Split.TEST));
            scores[i] = random.nextGaussian() + (anomaly ? 3 : 0);
        }
        ScoreTable many = new ScoreTable(clips).with("autoencoder", scores);
        ManualDelayTimer timer = new ManualDelayTimer();
        ResultsViewModel resting = new ResultsViewModel(new CurrentThreadTaskExecutor(), Duration.ofMillis(200),
                timer);
        resting.show(new RunResults("many", null, List.of(DetectorResults.of(many, "autoencoder", "AE", Path.of("."),
                Optional.of(new StartThreshold(2.0, "start")))), "autoencoder"), RunUiState.empty());
        resting.filterProperty().set(ClipFilter.FLAGGED);
        int[] rebuilt = {0};
        int[] accuracyUpdates = {0};
        resting.visibleClips().addListener((ListChangeListener<ScoredClip>) change -> rebuilt[0]++);
        resting.threshold().accuracy().addListener((ListChangeListener<SplitAccuracy>) change -> accuracyUpdates[0]++);
        for (int step = 1; step <= 200; step++) {
            resting.thresholdProperty().set(2.0 + step * 0.005);
        }
        assertEquals(200, accuracyUpdates[0], "the accuracy table follows every step (binary search)");
        assertEquals(0, rebuilt[0], "the O(n) refilter waits while the threshold moves");
        timer.advance(Duration.ofMillis(199));
        assertEquals(0, rebuilt[0], "the refilter waits the whole settle delay");
        timer.advance(Duration.ofMillis(1));
        assertEquals(1, rebuilt[0], "one refilter once the threshold rests");
        timer.advance(Duration.ofSeconds(1));
        assertEquals(1, rebuilt[0], "and no other after it");
        double last = 2.0 + 200 * 0.005;
        assertEquals(java.util.Arrays.stream(scores).filter(s -> s >= last).count(), resting.visibleClips().size());
        assertNotNull(resting.threshold().confusionProperty().get());
    }

    @Test
    void exportingEverythingWritesTheTablesAndChartsAsShownWhenAsked() throws Exception {
        model.show(results(table(), null, 14.5), RunUiState.empty());
        model.filterProperty().set(ClipFilter.FLAGGED);
        Path csv = dir.resolve("out.csv");
        Path png = dir.resolve("out.png");
        var chart = new dev.vigil.ui.common.ChartImage(new java.awt.image.BufferedImage(4, 3,
                java.awt.image.BufferedImage.TYPE_INT_RGB), png);
        List<String> written = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        model.exports().all(csv, List.of(chart), written::add, problems::add);

        assertEquals(List.of(), problems);
        assertEquals(List.of("Exported results to " + csv + ", out-accuracy.csv, out-accuracy-metrics.csv and the "
                + "charts out.png (with -roc and -pr)"), written);
        assertEquals(2, Csv.read(csv).size(), "the flagged clip the table showed");
        assertTrue(Files.isRegularFile(dir.resolve("out-accuracy-metrics.csv")));
        assertEquals(4, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void theDetectorShownIsExportedAsABundleWithTheSlidersThreshold() throws Exception {
        Path run = TestRuns.builtin(dir, "bundled");
        model.show(RunLoader.load(run).results(), RunUiState.empty());
        assertTrue(model.canExportBundleProperty().get());
        model.detectorProperty().set(model.detectors().stream().filter(d -> d.id().equals("knn")).findFirst()
                .orElseThrow());
        model.thresholdProperty().set(1.25);
        List<String> problems = new ArrayList<>();
        List<Double> carried = new ArrayList<>();
        Path file = dir.resolve("out/knn.vigil");
        model.exports().bundle(file, (written, threshold) -> carried.add(threshold), problems::add);
        assertEquals(List.of(), problems);
        assertEquals(List.of(1.25), carried);
        try (DetectorBundle bundle = DetectorBundle.read(file)) {
            assertEquals(1.25, bundle.threshold());
            assertEquals("knn", bundle.detector().id());
            assertTrue(bundle.detector().isFitted());
        }

        java.nio.file.Files.delete(run.resolve(dev.vigil.experiment.run.RunFolder.REPORT));
        model.exports().bundle(dir.resolve("out/unfinished.vigil"), (written, threshold) -> carried.add(threshold),
                problems::add);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).contains("has not finished"), problems.get(0));
        assertFalse(java.nio.file.Files.exists(dir.resolve("out/unfinished.vigil")));

        model.show(results(table(), null, 5.0), RunUiState.empty());
        assertFalse(model.canExportBundleProperty().get(), "results not from a run folder have no detector files");
    }
}
