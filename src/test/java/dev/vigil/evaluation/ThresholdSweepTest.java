package dev.vigil.evaluation;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThresholdSweepTest {

    /** train 1 2 3 | val 2 4 | test 3 5 6 | anomaly 4 7 8 9, and one unscored test clip. */
    static ThresholdSweep example() {
        List<Clip> clips = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        add(clips, scores, Split.TRAIN, 1, 2, 3);
        add(clips, scores, Split.VAL, 2, 4);
        add(clips, scores, Split.TEST, 3, 5, 6, Double.NaN);
        add(clips, scores, Split.ANOMALY, 4, 7, 8, 9);
        return ThresholdSweep.of(scores.stream().mapToDouble(Double::doubleValue).toArray(), clips);
    }

    static void add(List<Clip> clips, List<Double> scores, Split split, double... values) {
        for (double value : values) {
            clips.add(new Clip(split.id() + "/" + clips.size() + ".mp4", split == Split.ANOMALY ? 1 : 0, "c", split));
            scores.add(value);
        }
    }

    @Test
    void accuracyTableFollowsTheReference() {
        ThresholdResult at5 = example().at(5);
        assertEquals(1.0, at5.of(Split.TRAIN).accuracy(), "no train clip at or above 5");
        assertEquals(1.0, at5.of(Split.VAL).accuracy());
        assertEquals(1.0 / 3, at5.of(Split.TEST).accuracy(), 1e-12, "5 and 6 flagged: a score equal to the threshold counts");
        assertEquals(0.75, at5.of(Split.ANOMALY).accuracy(), "share of anomalies flagged");
        assertEquals(3, at5.of(Split.TEST).clips(), "the unscored clip is left out");
    }

    @Test
    void confusionComparesAnomaliesWithHeldOutNormals() {
        ThresholdSweep sweep = example();
        assertEquals(4, sweep.positives());
        assertEquals(5, sweep.negatives(), "val and test, not train");
        assertEquals(1, sweep.unscored());
        Confusion c = sweep.at(5).confusion();
        assertEquals(new Confusion(3, 2, 3, 1), c);
        assertEquals(0.6, c.precision(), 1e-12);
        assertEquals(0.75, c.recall(), 1e-12);
        assertEquals(6.0 / 9, c.f1(), 1e-12);
        assertEquals(0.4, c.falsePositiveRate(), 1e-12);
    }

    @Test
    void extremeThresholdsFlagEverythingOrNothing() {
        ThresholdSweep sweep = example();
        Confusion all = sweep.at(Double.NEGATIVE_INFINITY).confusion();
        assertEquals(new Confusion(4, 5, 0, 0), all);
        Confusion none = sweep.at(100).confusion();
        assertEquals(new Confusion(0, 0, 5, 4), none);
        assertTrue(Double.isNaN(none.precision()), "nothing flagged: precision undefined");
        assertEquals(0.0, none.f1());
        assertThrows(IllegalArgumentException.class, () -> sweep.at(Double.NaN));
    }

    @Test
    void noAnomaliesAndNoNormalsAreHandled() {
        List<Clip> clips = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        add(clips, scores, Split.VAL, 1, 2, 3);
        ThresholdSweep normalsOnly = ThresholdSweep.of(scores.stream().mapToDouble(d -> d).toArray(), clips);
        assertTrue(Double.isNaN(normalsOnly.auroc()));
        assertTrue(Double.isNaN(normalsOnly.averagePrecision()));
        assertTrue(normalsOnly.roc().points().isEmpty());
        Confusion c = normalsOnly.at(2).confusion();
        assertTrue(Double.isNaN(c.recall()));
        assertEquals(2.0 / 3, c.falsePositiveRate(), 1e-12);
        assertTrue(Double.isNaN(normalsOnly.at(2).of(Split.ANOMALY).accuracy()), "empty split");

        clips.clear();
        scores.clear();
        add(clips, scores, Split.ANOMALY, 1, 2);
        ThresholdSweep anomaliesOnly = ThresholdSweep.of(scores.stream().mapToDouble(d -> d).toArray(), clips);
        assertTrue(Double.isNaN(anomaliesOnly.auroc()));
        assertEquals(1.0, anomaliesOnly.averagePrecision());
        assertTrue(Double.isNaN(anomaliesOnly.at(2).confusion().falsePositiveRate()));
        assertEquals(1.0, anomaliesOnly.at(2).confusion().precision());
    }

    @Test
    void curvesCarryTheirThresholds() {
        ThresholdSweep sweep = example();
        List<CurvePoint> roc = sweep.roc().points();
        assertEquals(Double.POSITIVE_INFINITY, roc.get(0).threshold());
        // distinct scores of anomalies and held-out normals: 9 8 7 6 5 4 3 2
        assertEquals(9, roc.size());
        CurvePoint at4 = roc.stream().filter(p -> p.threshold() == 4).findFirst().orElseThrow();
        assertEquals(0.6, at4.x(), 1e-12, "val 4, test 5 and 6 of 5 normals");
        assertEquals(1.0, at4.y());
        // anomalies 4 7 8 9 against normals 2 3 4 5 6: 7, 8 and 9 beat all five; 4 beats two, ties one
        assertEquals((3 * 5 + 2 + 0.5) / 20, sweep.auroc(), 1e-12);
        double[] range = sweep.range();
        assertEquals(1, range[0]);
        assertEquals(9, range[1]);
    }
}
