package dev.vigil.samples;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The variation in the committed samples is real: looks differ within a class, colour says nothing about the class,
 * and what separates the anomalies is how the body moves. Decodes every clip once at half size (a few seconds).
 */
class SampleVariationTest {

    private static final SampleGenerator DEFAULTS = new SampleGenerator(SampleSettings.defaults());
    /** Decoded at half size: enough for colour and motion statistics, four times cheaper. */
    private static final int SCALE = 2;

    private record Measured(Clip clip, double[] meanRgb, double[] energy) {
    }

    private static List<Measured> clips;

    @BeforeAll
    static void decodeAll() throws Exception {
        Dataset dataset = Manifest.read(CommittedSamplesTest.SAMPLES.resolve(Manifest.FILE_NAME));
        clips = new ArrayList<>();
        for (Clip clip : dataset.clips()) {
            ClipSpec spec = specOf(clip);
            RgbFrames frames = VideoDecoder.decodeAll(dataset.resolve(clip), 320 / SCALE, 240 / SCALE);
            double[] energy = ClipStatistics.regionEnergy(frames, spec.start().groundY() / SCALE,
                    spec.start().scale() / SCALE);
            clips.add(new Measured(clip, ClipStatistics.meanRgb(frames), energy));
        }
    }

    @Test
    void looksDifferWithinEachClass() {
        for (Activity activity : Activity.values()) {
            Set<Integer> shirts = new HashSet<>();
            Set<Long> grounds = new HashSet<>();
            Set<Integer> facings = new HashSet<>();
            double smallest = Double.POSITIVE_INFINITY;
            double largest = 0;
            for (int i = 0; i < SampleSettings.DEFAULT_CLIPS; i++) {
                ClipSpec spec = DEFAULTS.spec(activity, i);
                shirts.add(spec.look().figure().shirt());
                grounds.add(spec.look().groundSeed());
                facings.add(spec.start().facing());
                smallest = Math.min(smallest, spec.start().scale());
                largest = Math.max(largest, spec.start().scale());
            }
            assertEquals(SampleSettings.DEFAULT_CLIPS, shirts.size(), activity + ": shirt colours repeat");
            assertEquals(SampleSettings.DEFAULT_CLIPS, grounds.size(), activity + ": grounds repeat");
            assertEquals(2, facings.size(), activity + ": all clips face the same way");
            assertTrue(largest / smallest > 1.3, activity + ": figure sizes hardly vary");
        }
        // And in the pixels: no two clips of a class have the same mean colour.
        Map<String, Set<String>> means = new TreeMap<>();
        for (Measured m : clips) {
            String key = String.format("%.0f,%.0f,%.0f", m.meanRgb[0], m.meanRgb[1], m.meanRgb[2]);
            means.computeIfAbsent(m.clip.className(), c -> new HashSet<>()).add(key);
        }
        means.forEach((cls, set) -> assertTrue(set.size() >= 10, cls + " has few distinct mean colours: " + set));
    }

    @Test
    void theClassCannotBeReadOffTheMeanColour() {
        // Leave-one-out nearest class centroid on mean RGB: chance is 1 in 10.
        int right = 0;
        for (Measured held : clips) {
            Map<String, List<double[]>> byClass = new TreeMap<>();
            for (Measured m : clips) {
                if (m != held) {
                    byClass.computeIfAbsent(m.clip.className(), c -> new ArrayList<>()).add(m.meanRgb);
                }
            }
            String best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Map.Entry<String, List<double[]>> e : byClass.entrySet()) {
                double d = ClipStatistics.distance(held.meanRgb, ClipStatistics.mean(e.getValue()));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.getKey();
                }
            }
            right += held.clip.className().equals(best) ? 1 : 0;
        }
        double accuracy = (double) right / clips.size();
        assertTrue(accuracy < 0.3, "mean colour tells the class in " + accuracy + " of clips");
    }

    @Test
    void motionEnergyByBodyRegionSeparatesAnomaliesWhereColourDoesNot() {
        double motion = centroidAuroc(m -> log(m.energy));
        double colour = centroidAuroc(m -> m.meanRgb);
        assertTrue(motion >= 0.9, "motion energy by body region: AUROC " + motion);
        assertTrue(colour <= 0.75, "mean colour: AUROC " + colour);
    }

    @Test
    void aFallEndsStillAndACrawlNeverMovesTheUpperBody() {
        int bands = ClipStatistics.BANDS.length - 1;
        double fallLast = 0;
        double normalLast = Double.POSITIVE_INFINITY;
        double crawlHigh = 0;
        double normalHigh = Double.POSITIVE_INFINITY;
        for (Measured m : clips) {
            double last = 0;
            double high = 0;
            for (int b = 0; b < bands; b++) {
                last += m.energy[(ClipStatistics.THIRDS - 1) * bands + b];
            }
            for (int t = 0; t < ClipStatistics.THIRDS; t++) {
                high += m.energy[t * bands + bands - 1];
            }
            switch (m.clip.className()) {
                case "fall" -> fallLast = Math.max(fallLast, last);
                case "crawl" -> crawlHigh = Math.max(crawlHigh, high);
                case "punch" -> { }
                default -> {
                    normalLast = Math.min(normalLast, last);
                    normalHigh = Math.min(normalHigh, high);
                }
            }
        }
        assertTrue(fallLast < normalLast, "last third: fall up to " + fallLast + ", normal from " + normalLast);
        assertTrue(crawlHigh < normalHigh, "upper body: crawl up to " + crawlHigh + ", normal from " + normalHigh);
    }

    /** AUROC of test clips against anomalies, scored by distance to the nearest centroid of a training class. */
    private static double centroidAuroc(Function<Measured, double[]> feature) {
        Map<String, List<double[]>> train = new TreeMap<>();
        for (Measured m : clips) {
            if (m.clip.split() == Split.TRAIN) {
                train.computeIfAbsent(m.clip.className(), c -> new ArrayList<>()).add(feature.apply(m));
            }
        }
        List<double[]> centroids = train.values().stream().map(ClipStatistics::mean).toList();
        List<Double> anomalies = new ArrayList<>();
        List<Double> normals = new ArrayList<>();
        for (Measured m : clips) {
            double score = centroids.stream().mapToDouble(c -> ClipStatistics.distance(feature.apply(m), c))
                    .min().orElseThrow();
            if (m.clip.split() == Split.ANOMALY) {
                anomalies.add(score);
            } else if (m.clip.split() == Split.TEST) {
                normals.add(score);
            }
        }
        return ClipStatistics.auroc(anomalies.stream().mapToDouble(d -> d).toArray(),
                normals.stream().mapToDouble(d -> d).toArray());
    }

    private static double[] log(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.log(values[i] + 1e-3);
        }
        return out;
    }

    private static ClipSpec specOf(Clip clip) {
        Activity activity = Activity.of(clip.className());
        String name = clip.path().substring(clip.path().lastIndexOf('_') + 1, clip.path().lastIndexOf('.'));
        return DEFAULTS.spec(activity, Integer.parseInt(name) - 1);
    }
}
