package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipProbe;
import dev.vigil.dataset.SourceClip;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset table's search and problems filter, and when the class list needs no rebuilding. */
class DatasetRowsTest {

    private static ClipRow row(String path, String className) {
        return new ClipRow(new SourceClip(Path.of("/data", path), path, className), null, false);
    }

    @Test
    void searchMatchesPathOrClassInAnyCase() {
        ClipRow walk = row("walk/a.mp4", "Walk");
        ClipRow bike = row("ride/b.mp4", "bike");
        List<ClipRow> rows = List.of(walk, bike);
        assertEquals(List.of(walk), rows.stream().filter(ClipRow.matching(" WALK ", false)).toList());
        assertEquals(List.of(bike), rows.stream().filter(ClipRow.matching("ride", false)).toList());
        assertEquals(rows, rows.stream().filter(ClipRow.matching(null, false)).toList());
    }

    @Test
    void problemsOnlyKeepsTheClipsThatAreNotUsable() {
        ClipRow good = row("walk/a.mp4", "walk");
        ClipRow broken = row("walk/b.mp4", "walk");
        broken.probed(new ClipProbe(broken.sourceClip(), null, "no video stream"));
        assertEquals(List.of(broken), List.of(good, broken).stream().filter(ClipRow.matching("", true)).toList());
    }

    @Test
    void theClassListIsKeptWhileNamesCountsAndTicksAreTheSame() {
        List<ClassRow> shown = List.of(new ClassRow("bike", 3, true), new ClassRow("walk", 5, false));
        assertTrue(ClassRow.showAlready(shown, List.of("bike", "walk"), Map.of("bike", 3, "walk", 5), Set.of("bike")));
        assertFalse(ClassRow.showAlready(shown, List.of("bike", "walk"), Map.of("bike", 3, "walk", 4), Set.of("bike")));
        assertFalse(ClassRow.showAlready(shown, List.of("bike", "walk"), Map.of("bike", 3, "walk", 5), Set.of()));
        assertFalse(ClassRow.showAlready(shown, List.of("bike"), Map.of("bike", 3), Set.of("bike")));
    }
}
