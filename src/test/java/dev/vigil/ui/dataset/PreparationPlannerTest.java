package dev.vigil.ui.dataset;

import dev.vigil.dataset.PreparationConfig;
import dev.vigil.dataset.SourceClip;
import dev.vigil.dataset.SourceDataset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What stops a preparation plan comes in the screen's order: grouping rules, then settings, then the dataset. */
class PreparationPlannerTest {

    private final SourceDataset walks = new SourceDataset(Path.of("/data"), Path.of("/data"),
            SourceDataset.Kind.FOLDER, List.of(new SourceClip(Path.of("/data/walk/a.mp4"), "walk/a.mp4", "walk")),
            List.of(), List.of(), List.of());

    @Test
    void groupingProblemsComeFirstAndStopThePlan() {
        var outcome = PreparationPlanner.plan(walks, List.of(), List.of("line 1: no '='"),
                PreparationConfig.builder().optAnomalousClasses(Set.of("bike")));
        assertEquals(List.of("line 1: no '='"), outcome.problems(), "the dataset is not asked while rules are wrong");
        assertNull(outcome.plan());
    }

    @Test
    void anAnomalousClassTheDatasetLacksIsNamed() {
        var outcome = PreparationPlanner.plan(walks, List.of(), List.of(),
                PreparationConfig.builder().optAnomalousClasses(Set.of("bike")));
        assertEquals(1, outcome.problems().size());
        assertTrue(outcome.problems().get(0).contains("'bike' is not a class of this dataset"),
                outcome.problems().get(0));
        assertNull(outcome.plan());
    }

    @Test
    void thereIsNoPlanBeforeTheClipsAreProbed() {
        var outcome = PreparationPlanner.plan(walks, null, List.of(), PreparationConfig.builder());
        assertEquals(List.of(), outcome.problems());
        assertNull(outcome.plan());
    }
}
