package dev.vigil.ui.results;

import dev.vigil.dataset.Split;
import dev.vigil.io.Csv;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsViewModelTest {

    @TempDir
    Path dir;
    private final ResultsViewModel model = new ResultsViewModel(new CurrentThreadTaskExecutor(), Duration.ZERO);

    /** Train 1..10, val 1..10 (+0.5), test 1..10, anomaly 6..15. */
    static List<ScoredClip> clips() {
        List<ScoredClip> clips = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            clips.add(clip("train/" + i, "walk", Split.TRAIN, false, i));
            clips.add(clip("val/" + i, "walk", Split.VAL, false, i + 0.5));
            clips.add(clip("test/" + i, "run", Split.TEST, false, i));
            clips.add(clip("anomaly/" + i, "bike", Split.ANOMALY, true, i + 5));
        }
        return clips;
    }

    static ScoredClip clip(String path, String cls, Split split, boolean anomaly, double score) {
        return new ScoredClip(path, Path.of(path), cls, split, anomaly, score);
    }

    private AccuracyRow row(String split) {
        return model.accuracy().stream().filter(r -> r.split().equals(split)).findFirst().orElseThrow();
    }

    @Test
    void accuracyFollowsTheThresholdByTheReferenceRule() {
        model.setResults("run", clips(), 8);
        assertEquals(List.of("train", "val", "test", "anomaly"), model.accuracy().stream().map(AccuracyRow::split).toList());
        // train scores 8, 9, 10 are flagged: 3 of 10 wrong
        assertEquals(3, row("train").flagged());
        assertEquals(0.7, row("train").accuracy(), 1e-9);
        // anomaly scores 8..15 flagged: 8 of 10 right
        assertEquals(0.8, row("anomaly").accuracy(), 1e-9);
        model.thresholdProperty().set(10.5);
        assertEquals(1.0, row("train").accuracy(), 1e-9);
        assertEquals(0.9, row("val").accuracy(), 1e-9, "val 10.5 is flagged at 10.5");
        assertEquals(0.5, row("anomaly").accuracy(), 1e-9);
        assertEquals(1.0, model.minScoreProperty().get());
        assertEquals(15.0, model.maxScoreProperty().get());
    }

    @Test
    void withoutAChosenThresholdStartsAtTheValidationPercentile() {
        model.setResults("run", clips(), Double.NaN);
        // val scores 1.5..10.5: 95th percentile by linear interpolation = 10.05
        assertEquals(10.05, model.thresholdProperty().get(), 1e-9);
        assertTrue(model.thresholdNoteProperty().get().contains("95th percentile"));
    }

    @Test
    void filtersFlaggedAndMisjudgedClips() {
        model.setResults("run", clips(), 9.5);
        assertEquals(40, model.visibleClips().size());
        model.filterProperty().set(ResultsViewModel.ClipFilter.FLAGGED);
        // train 10, val 9.5 & 10.5, test 10, anomaly 10..15
        assertEquals(1 + 2 + 1 + 6, model.visibleClips().size());
        model.filterProperty().set(ResultsViewModel.ClipFilter.MISJUDGED);
        // normal flagged (4) + anomalies below 9.5 (6, 7, 8, 9)
        assertEquals(4 + 4, model.visibleClips().size());
        model.thresholdProperty().set(100);
        assertEquals(10, model.visibleClips().size(), "every anomaly is missed");
        assertEquals("10 of 40 clips", model.visibleSummaryProperty().get());
    }

    @Test
    void boxFiguresPerSplitAndClass() {
        model.setResults("run", clips(), 8);
        var train = model.boxesBySplitProperty().get().get("train");
        assertEquals(5.5, train.median(), 1e-9);
        assertEquals(3.25, train.q1(), 1e-9);
        assertEquals(7.75, train.q3(), 1e-9);
        assertEquals(1, train.lowWhisker());
        assertEquals(10, train.highWhisker());
        assertEquals(List.of("bike", "run", "walk"), List.copyOf(model.boxesByClassProperty().get().keySet()));
        assertEquals(20, model.boxesByClassProperty().get().get("walk").count());
    }

    @Test
    void exportsTheVisibleClipsWithVerdicts() throws Exception {
        model.setResults("run", clips(), 14.5);
        model.filterProperty().set(ResultsViewModel.ClipFilter.FLAGGED);
        Path file = dir.resolve("flagged.csv");
        model.exportCsv(file);
        List<List<String>> rows = Csv.read(file);
        assertEquals(List.of("path", "class", "split", "label", "score", "verdict"), rows.get(0));
        assertEquals(List.of("anomaly/10", "bike", "anomaly", "1", "15.0", "anomaly"), rows.get(1));
        assertEquals(2, rows.size());
    }

    @Test
    void aHundredThousandClipsRefilterOnceWhenTheThresholdRests() throws Exception {
        List<ScoredClip> many = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            boolean anomaly = i % 10 == 0;
            many.add(clip("c" + i, anomaly ? "bike" : "walk", anomaly ? Split.ANOMALY : Split.TEST, anomaly,
                    random.nextGaussian() + (anomaly ? 3 : 0)));
        }
        ResultsViewModel resting = new ResultsViewModel(new CurrentThreadTaskExecutor(), Duration.ofMillis(200));
        resting.setResults("many", many, 2.0);
        resting.filterProperty().set(ResultsViewModel.ClipFilter.FLAGGED);
        int[] rebuilt = {0};
        int[] accuracyUpdates = {0};
        resting.visibleClips().addListener((javafx.collections.ListChangeListener<ScoredClip>) change -> rebuilt[0]++);
        resting.accuracy().addListener((javafx.collections.ListChangeListener<AccuracyRow>) change -> accuracyUpdates[0]++);
        for (int step = 1; step <= 200; step++) {
            resting.thresholdProperty().set(2.0 + step * 0.005);
        }
        assertEquals(200, accuracyUpdates[0], "the accuracy table follows every step (binary search)");
        assertEquals(0, rebuilt[0], "the O(n) refilter waits while the threshold moves");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (rebuilt[0] == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertEquals(1, rebuilt[0], "one refilter once the threshold rests");
        double last = 2.0 + 200 * 0.005;
        assertEquals(many.stream().filter(c -> c.score() >= last).count(), resting.visibleClips().size());
    }

    @Test
    void countsByBinarySearch() {
        double[] sorted = {1, 2, 2, 2, 5};
        assertEquals(5, InterimStatistics.atOrAbove(sorted, 0));
        assertEquals(4, InterimStatistics.atOrAbove(sorted, 2));
        assertEquals(1, InterimStatistics.atOrAbove(sorted, 2.5));
        assertEquals(0, InterimStatistics.atOrAbove(sorted, 6));
        assertEquals(0, InterimStatistics.atOrAbove(new double[0], 1));
    }
}
