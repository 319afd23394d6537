package dev.vigil.ui.results;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportNamesTest {

    private final Path dir = Path.of("out");

    @Test
    void siblingsAreNamedAfterTheChosenFile() {
        assertEquals(dir.resolve("results-accuracy.csv"),
                ExportNames.sibling(dir.resolve("results.csv"), ".csv", "-accuracy.csv"));
        assertEquals(dir.resolve("scores-roc.png"), ExportNames.sibling(dir.resolve("scores.png"), ".png", "-roc.png"));
        assertEquals(dir.resolve("results.png"), ExportNames.sibling(dir.resolve("results.csv"), ".csv", ".png"));
    }

    @Test
    void onlyTheExtensionAtTheEndIsDropped() {
        assertEquals("a.csv.b", ExportNames.stem(dir.resolve("a.csv.b"), ".csv"));
        assertEquals("table", ExportNames.stem(dir.resolve("table"), ".csv"));
        assertEquals(dir.resolve("table-metrics.csv"), ExportNames.sibling(dir.resolve("table"), ".csv",
                "-metrics.csv"));
    }

    @Test
    void aMissingExtensionIsAppended() {
        assertEquals(dir.resolve("run-report.html"), ExportNames.withExtension(dir.resolve("run-report"), ".html"));
        assertEquals(dir.resolve("run.vigil"), ExportNames.withExtension(dir.resolve("run.vigil"), ".vigil"));
    }
}
