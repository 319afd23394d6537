import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.detector.CentroidDetector;
import dev.vigil.detector.Detector;
import dev.vigil.detector.GaussianDetector;
import dev.vigil.detector.KnnDetector;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.TrainingConfig;
import dev.vigil.training.TrainingSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fit and score times of every detector at the reference's scale: 1 400 training clips (7 classes balanced to
 * 200), 2 000 clips scored, for the three embedding sizes of the pretrained backbones. The autoencoder row is one
 * training epoch (batch 8, the reference's layout 512,256,128) plus scoring.
 *
 * Run from the project folder (see docs/benchmarks.md):
 *   mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   java -cp target/classes:$(cat target/classpath.txt) bench/DetectorBench.java
 */
public class DetectorBench {

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? new int[] {Integer.parseInt(args[0])} : new int[] {512, 768, 2304};
        System.out.println("| embedding | detector | fit (s) | score 2 000 (s) |");
        System.out.println("|---|---|---|---|");
        for (int d : sizes) {
            Random random = new Random(d);
            float[][] train = rows(1400, d, random);
            float[][] val = rows(70, d, random);
            float[][] scored = rows(2000, d, random);
            List<Clip> clips = new ArrayList<>();
            for (int i = 0; i < train.length; i++) {
                clips.add(new Clip("c" + i + ".mp4", 0, "class" + i % 7, Split.TRAIN));
            }
            TrainingConfig oneEpoch = new TrainingConfig(1, 8, 1e-3, ScheduleConfig.step(10, 0.1), 42);
            List<Detector> detectors = List.of(new KnnDetector(5), new GaussianDetector(), new CentroidDetector(),
                    new AutoencoderDetector(new AutoencoderLayout(d, List.of(512, 256, 128)), oneEpoch));
            for (Detector detector : detectors) {
                try (detector) {
                    long t0 = System.nanoTime();
                    if (detector instanceof AutoencoderDetector ae) {
                        ae.train(train, val, TrainingSession.plain());
                    } else {
                        detector.fit(train, clips);
                    }
                    long t1 = System.nanoTime();
                    double[] scores = detector.score(scored);
                    long t2 = System.nanoTime();
                    System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2f |%n", d,
                            detector instanceof AutoencoderDetector ? "autoencoder (1 epoch)" : detector.id(),
                            (t1 - t0) / 1e9, (t2 - t1) / 1e9 + 0 * scores.length);
                }
            }
        }
    }

    private static float[][] rows(int n, int d, Random random) {
        float[][] rows = new float[n][d];
        for (float[] row : rows) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) Math.abs(random.nextGaussian());
            }
        }
        return rows;
    }
}
