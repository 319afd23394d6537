import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.ui.results.ClipFilter;
import dev.vigil.ui.results.DetectorResults;
import dev.vigil.ui.results.ResultsViewModel;
import dev.vigil.ui.results.RunResults;
import dev.vigil.ui.results.RunUiState;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * What the results screen's view model costs with 100 000 clips: preparing a detector (sorting, clips, box plots;
 * done off the UI thread when a run opens), one threshold step of the slider (accuracy table, confusion counts and
 * rates: what runs on the UI thread at each step), and refiltering the clip table to the flagged clips (what runs
 * once the slider rests). No JavaFX toolkit: the view model's properties run on the calling thread.
 *
 * Run from the project folder (see docs/benchmarks.md):
 *   mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -cp target/classes:$(cat target/classpath.txt) bench/ResultsScreenBench.java
 */
public class ResultsScreenBench {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(1);
        List<Clip> clips = new ArrayList<>(n);
        double[] scores = new double[n];
        Split[] normal = {Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.VAL, Split.TEST, Split.TEST, Split.TEST};
        for (int i = 0; i < n; i++) {
            boolean anomaly = i % 10 >= 7;
            Split split = anomaly ? Split.ANOMALY : normal[random.nextInt(normal.length)];
            clips.add(new Clip("class" + (i % 7) + "/clip" + i + ".mp4", anomaly ? 1 : 0, "class" + (i % 7), split));
            scores[i] = random.nextGaussian() + (anomaly ? 2 : 0);
        }
        ScoreTable table = new ScoreTable(clips).with("autoencoder", scores);

        double[] prepareMs = new double[5];
        DetectorResults detector = null;
        for (int r = 0; r < prepareMs.length; r++) {
            long t0 = System.nanoTime();
            detector = DetectorResults.of(table, "autoencoder", "autoencoder", Path.of("data"), Optional.empty());
            prepareMs[r] = (System.nanoTime() - t0) / 1e6;
        }

        // a settle delay longer than the run: the O(n) refilter never interrupts the slider steps being timed
        ResultsViewModel model = new ResultsViewModel(new CurrentThreadTaskExecutor(), Duration.ofHours(1));
        model.show(new RunResults("bench", null, List.of(detector), "autoencoder"), RunUiState.empty());
        model.filterProperty().set(ClipFilter.FLAGGED);
        for (int i = 0; i < 50_000; i++) {
            model.thresholdProperty().set(random.nextDouble() * 6 - 2);
        }
        int steps = 200_000;
        long[] ns = new long[steps];
        for (int i = 0; i < steps; i++) {
            double threshold = random.nextDouble() * 6 - 2;
            long t0 = System.nanoTime();
            model.thresholdProperty().set(threshold);
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);

        // choosing the filter refilters at once, as the rested slider does
        double[] refilterMs = new double[9];
        for (int r = 0; r < refilterMs.length; r++) {
            model.filterProperty().set(ClipFilter.ALL);
            model.thresholdProperty().set(random.nextDouble() * 2);
            long t0 = System.nanoTime();
            model.filterProperty().set(ClipFilter.FLAGGED);
            refilterMs[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(prepareMs);
        Arrays.sort(refilterMs);
        System.out.printf(Locale.ROOT, "clips                         %d%n", n);
        System.out.printf(Locale.ROOT, "prepare a detector, median     %.1f ms%n", prepareMs[prepareMs.length / 2]);
        System.out.printf(Locale.ROOT, "slider step, median            %.2f µs%n", ns[steps / 2] / 1e3);
        System.out.printf(Locale.ROOT, "slider step, p99               %.2f µs%n", ns[(int) (steps * 0.99)] / 1e3);
        System.out.printf(Locale.ROOT, "slider step, p99.9             %.2f µs%n", ns[(int) (steps * 0.999)] / 1e3);
        System.out.printf(Locale.ROOT, "refilter to flagged, median    %.1f ms (%d clips shown)%n",
                refilterMs[refilterMs.length / 2], model.visibleClips().size());
    }
}
