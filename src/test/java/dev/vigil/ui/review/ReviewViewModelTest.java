package dev.vigil.ui.review;

import dev.vigil.dataset.Split;
import dev.vigil.ui.results.ScoredClip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewViewModelTest {

    private final ReviewViewModel model = new ReviewViewModel(Runnable::run);

    private static ScoredClip clip(String name, double score) {
        return new ScoredClip(name, Path.of("missing", name), "walk", Split.TEST, false, score);
    }

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void stepsThroughFlaggedClipsOnly() {
        List<ScoredClip> clips = List.of(clip("a", 1), clip("b", 9), clip("c", 2), clip("d", 7), clip("e", 3));
        model.setClips(clips);
        model.thresholdProperty().set(5);
        assertTrue(model.hasNextFlaggedProperty().get(), "from no selection, next is the first flagged");
        model.nextFlagged();
        assertEquals("b", model.selectedProperty().get().path());
        assertEquals("anomaly", model.verdictProperty().get());
        assertEquals("9", model.scoreProperty().get());
        assertFalse(model.hasPreviousFlaggedProperty().get());
        model.nextFlagged();
        assertEquals("d", model.selectedProperty().get().path());
        assertFalse(model.hasNextFlaggedProperty().get());
        model.previousFlagged();
        assertEquals("b", model.selectedProperty().get().path());
        model.selectedProperty().set(clips.get(2));
        assertEquals("normal", model.verdictProperty().get());
        model.flaggedOnlyProperty().set(true);
        assertEquals(List.of("b", "d"), model.visibleClips().stream().map(ScoredClip::path).toList());
        model.thresholdProperty().set(8);
        assertEquals(List.of("b"), model.visibleClips().stream().map(ScoredClip::path).toList());
    }

    @Test
    void selectingOpensThePlayer() {
        ScoredClip b = clip("b", 9);
        model.setClips(List.of(b));
        model.selectedProperty().set(b);
        assertEquals(b.file(), model.player().fileProperty().get());
        model.setClips(List.of(clip("other", 1)));
        assertNull(model.selectedProperty().get(), "a clip no longer listed is deselected");
        assertNull(model.player().fileProperty().get());
    }

    @Test
    void anotherDetectorsScoresKeepTheSelectedClipAndItsPlace() {
        model.setClips(List.of(clip("a", 1), clip("b", 9)));
        model.thresholdProperty().set(5);
        model.selectedProperty().set(model.clips().get(1));
        assertEquals("anomaly", model.verdictProperty().get());
        model.setClips(List.of(clip("a", 6), clip("b", 2)));
        assertEquals("b", model.selectedProperty().get().path(), "the same clip stays selected");
        assertEquals("2", model.scoreProperty().get(), "with the other detector's score");
        assertEquals("normal", model.verdictProperty().get());
        assertEquals(Path.of("missing", "b"), model.player().fileProperty().get());
    }

    @Test
    void withoutScoresThereIsNoVerdict() {
        ScoredClip unscored = clip("a", Double.NaN);
        model.setClips(List.of(unscored));
        model.selectedProperty().set(unscored);
        assertEquals("—", model.verdictProperty().get());
        assertEquals("—", model.scoreProperty().get());
        assertFalse(model.hasNextFlaggedProperty().get());
    }
}
