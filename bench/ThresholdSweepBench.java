import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.evaluation.ThresholdResult;
import dev.vigil.evaluation.ThresholdSuggestions;
import dev.vigil.evaluation.ThresholdSweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How long a new threshold's accuracy table and confusion counts take once the scores are sorted: the threshold
 * slider's cost. 100 000 clips: 70 % normal (train/val/test), 30 % anomalies, scores from two overlapping normals.
 *
 * Run from the project folder (see docs/benchmarks.md):
 *   mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -cp target/classes:$(cat target/classpath.txt) bench/ThresholdSweepBench.java
 */
public class ThresholdSweepBench {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(1);
        List<Clip> clips = new ArrayList<>(n);
        double[] scores = new double[n];
        Split[] normal = {Split.TRAIN, Split.TRAIN, Split.TRAIN, Split.VAL, Split.TEST, Split.TEST, Split.TEST};
        for (int i = 0; i < n; i++) {
            boolean anomaly = i % 10 >= 7;
            Split split = anomaly ? Split.ANOMALY : normal[random.nextInt(normal.length)];
            clips.add(new Clip("clip" + i + ".mp4", anomaly ? 1 : 0, "c", split));
            scores[i] = random.nextGaussian() + (anomaly ? 2 : 0);
        }

        double[] sortMs = new double[7];
        ThresholdSweep sweep = null;
        for (int r = 0; r < sortMs.length; r++) {
            long t0 = System.nanoTime();
            sweep = ThresholdSweep.of(scores, clips);
            sortMs[r] = (System.nanoTime() - t0) / 1e6;
        }

        // Warm up the JIT, then time single calls: the slider asks for one table at a time.
        double sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += sweep.at(random.nextDouble() * 6 - 2).confusion().truePositives();
        }
        int calls = 1_000_000;
        long[] ns = new long[calls];
        for (int i = 0; i < calls; i++) {
            double threshold = random.nextDouble() * 6 - 2;
            long t0 = System.nanoTime();
            ThresholdResult result = sweep.at(threshold);
            ns[i] = System.nanoTime() - t0;
            sink += result.confusion().falsePositives();
        }
        Arrays.sort(ns);

        long t0 = System.nanoTime();
        double auroc = sweep.auroc();
        double ap = sweep.averagePrecision();
        double curvesMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        int suggestions = ThresholdSuggestions.all(sweep, 95).size();
        double suggestMs = (System.nanoTime() - t0) / 1e6;

        Arrays.sort(sortMs);
        System.out.printf(Locale.ROOT, "clips: %d (%d anomalies, %d held-out normals)%n", n, sweep.positives(),
                sweep.negatives());
        System.out.printf(Locale.ROOT, "sort once (ThresholdSweep.of), median of 7: %.1f ms%n", sortMs[3]);
        System.out.printf(Locale.ROOT, "table at a new threshold (at), %d calls: median %.2f µs, p99 %.2f µs, "
                + "p99.9 %.2f µs, max %.1f µs%n", calls, ns[calls / 2] / 1e3, ns[calls * 99 / 100] / 1e3,
                ns[calls * 999 / 1000] / 1e3, ns[calls - 1] / 1e3);
        System.out.printf(Locale.ROOT, "ROC + PR curves with AUROC %.4f and AP %.4f: %.1f ms%n", auroc, ap,
                curvesMs);
        System.out.printf(Locale.ROOT, "%d threshold suggestions: %.1f ms%n", suggestions, suggestMs);
        System.out.printf(Locale.ROOT, "(checksum %.0f)%n", sink);
    }
}
