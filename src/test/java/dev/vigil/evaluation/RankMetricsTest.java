package dev.vigil.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankMetricsTest {

    private static final double[] NONE = {};

    @Test
    void aurocCountsPairsAndTiesCountHalf() {
        assertEquals(1.0, RankMetrics.auroc(new double[] {3, 4}, new double[] {1, 2}));
        assertEquals(0.0, RankMetrics.auroc(new double[] {1}, new double[] {2}));
        // pairs (1,2) 0, (1,3) 0, (2,2) ½, (2,3) 0
        assertEquals(0.125, RankMetrics.auroc(new double[] {1, 2}, new double[] {2, 3}));
        assertEquals(0.5, RankMetrics.auroc(new double[] {5, 5}, new double[] {5, 5, 5}), "all scores equal");
        // 2 beats 1; 4 beats 1 and 3 and ties 4: 3.5 of 6 pairs
        assertEquals(3.5 / 6, RankMetrics.auroc(new double[] {2, 4}, new double[] {1, 3, 4}), 1e-12);
    }

    @Test
    void aurocIsUndefinedWithoutEitherSide() {
        assertTrue(Double.isNaN(RankMetrics.auroc(NONE, new double[] {1, 2})), "no anomalies");
        assertTrue(Double.isNaN(RankMetrics.auroc(new double[] {1, 2}, NONE)), "no normal clips");
    }

    @Test
    void averagePrecisionSumsPrecisionOverRecallSteps() {
        // descending: .9 A, .8 N, .7 A, .4 A, .3 N → 1/3·1 + 1/3·2/3 + 1/3·3/4 (scikit-learn gives 0.80556)
        assertEquals(1.0 / 3 + 2.0 / 9 + 0.25,
                RankMetrics.averagePrecision(new double[] {0.9, 0.7, 0.4}, new double[] {0.8, 0.3}), 1e-12);
        // a tie is one step: both anomalies and the normal clip are flagged together
        assertEquals(2.0 / 3, RankMetrics.averagePrecision(new double[] {1, 1}, new double[] {1}), 1e-12);
        assertEquals(2.0 / 5, RankMetrics.averagePrecision(new double[] {7, 7}, new double[] {7, 7, 7}), 1e-12,
                "all equal: the base rate");
        assertEquals(1.0, RankMetrics.averagePrecision(new double[] {1, 2}, NONE), "no normal clips");
        assertTrue(Double.isNaN(RankMetrics.averagePrecision(NONE, new double[] {1})), "no anomalies");
    }

    @Test
    void aurocEqualsPairCountingAndTheTrapezoidUnderTheRocCurveWithManyTies() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            double[] p = new double[1 + random.nextInt(30)];
            double[] n = new double[1 + random.nextInt(30)];
            for (int i = 0; i < p.length; i++) {
                p[i] = random.nextInt(6) + 1;
            }
            for (int i = 0; i < n.length; i++) {
                n[i] = random.nextInt(6);
            }
            double pairs = 0;
            for (double a : p) {
                for (double b : n) {
                    pairs += a > b ? 1 : a == b ? 0.5 : 0;
                }
            }
            double auroc = RankMetrics.auroc(p, n);
            assertEquals(pairs / (p.length * n.length), auroc, 1e-12);
            List<CurvePoint> roc = Curves.roc(sorted(p), sorted(n));
            double trapezoid = 0;
            for (int i = 1; i < roc.size(); i++) {
                trapezoid += (roc.get(i).x() - roc.get(i - 1).x()) * (roc.get(i).y() + roc.get(i - 1).y()) / 2;
            }
            assertEquals(auroc, trapezoid, 1e-12);
            CurvePoint last = roc.get(roc.size() - 1);
            assertEquals(1.0, last.x());
            assertEquals(1.0, last.y());
        }
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
