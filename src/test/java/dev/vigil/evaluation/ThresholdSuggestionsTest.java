package dev.vigil.evaluation;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThresholdSuggestionsTest {

    /** Anomalies 10 and 5; four normal clips between them and sixteen below. */
    static ThresholdSweep separated() {
        List<Clip> clips = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        ThresholdSweepTest.add(clips, scores, Split.ANOMALY, 10, 5);
        ThresholdSweepTest.add(clips, scores, Split.TEST, 9, 8, 7, 6);
        for (int i = 0; i < 16; i++) {
            ThresholdSweepTest.add(clips, scores, i % 2 == 0 ? Split.VAL : Split.TEST, i / 4.0);
        }
        return ThresholdSweep.of(scores.stream().mapToDouble(d -> d).toArray(), clips);
    }

    @Test
    void maxF1AndYoudenPickTheirOwnBestThreshold() {
        ThresholdSweep sweep = separated();
        // at 10: F1 2/3, J 0.5; at 5: F1 4/8, J 1 − 4/20 = 0.8
        ThresholdSuggestion f1 = ThresholdSuggestions.maxF1(sweep).orElseThrow();
        assertEquals(10, f1.threshold());
        assertTrue(f1.reason().startsWith("F1 0.667"), f1.reason());
        ThresholdSuggestion youden = ThresholdSuggestions.youden(sweep).orElseThrow();
        assertEquals(5, youden.threshold());
        assertTrue(youden.reason().startsWith("J 0.800"), youden.reason());
        assertEquals(0.5, sweep.at(f1.threshold()).confusion().recall());
    }

    @Test
    void percentileOfValidationScoresInterpolatesLikeNumpy() {
        List<Clip> clips = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        ThresholdSweepTest.add(clips, scores, Split.VAL, 5, 1, 4, 2, 3);
        ThresholdSweepTest.add(clips, scores, Split.TEST, 100);
        ThresholdSweep sweep = ThresholdSweep.of(scores.stream().mapToDouble(d -> d).toArray(), clips);
        // numpy.percentile([1, 2, 3, 4, 5], 95) == 4.8
        ThresholdSuggestion p95 = ThresholdSuggestions.validationPercentile(sweep, 95).orElseThrow();
        assertEquals(4.8, p95.threshold(), 1e-12);
        assertEquals("95th percentile of 5 validation scores", p95.reason());
        assertEquals(3, ThresholdSuggestions.validationPercentile(sweep, 50).orElseThrow().threshold());
        assertEquals(5, ThresholdSuggestions.validationPercentile(sweep, 100).orElseThrow().threshold());
        assertThrows(IllegalArgumentException.class, () -> ThresholdSuggestions.validationPercentile(sweep, 101));
    }

    @Test
    void withoutAnomaliesOnlyThePercentileAndManualRemain() {
        List<Clip> clips = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        ThresholdSweepTest.add(clips, scores, Split.VAL, 1, 2, 3);
        ThresholdSweep sweep = ThresholdSweep.of(scores.stream().mapToDouble(d -> d).toArray(), clips);
        List<ThresholdSuggestion> all = ThresholdSuggestions.all(sweep, 95);
        assertEquals(1, all.size());
        assertEquals(ThresholdMethod.VAL_PERCENTILE, all.get(0).method());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ThresholdSuggestions.choose(sweep, ThresholdMethod.MAX_F1, 95, null));
        assertTrue(e.getMessage().contains("anomaly clips"), e.getMessage());
        assertEquals(601.04, ThresholdSuggestions.choose(sweep, ThresholdMethod.MANUAL, 95, 601.04).threshold());
        assertThrows(IllegalStateException.class,
                () -> ThresholdSuggestions.choose(sweep, ThresholdMethod.MANUAL, 95, null));
    }

    @Test
    void methodsParseTheirConfigNames() {
        assertEquals(ThresholdMethod.VAL_PERCENTILE, ThresholdMethod.parse("val_percentile"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThresholdMethod.parse("best"));
        assertTrue(e.getMessage().contains("max_f1, youden, val_percentile, manual"), e.getMessage());
    }
}
