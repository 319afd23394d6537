package dev.vigil.ui.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormWordsTest {

    @Test
    void aConfigProblemNamesTheFieldFirstAndTheKeyLast() {
        assertEquals("Batch size: must be at least 1 (dataset.batch_size)",
                FormWords.of("dataset.batch_size: must be at least 1"));
    }

    @Test
    void aProblemWithoutAKnownKeyIsLeftAsItIs() {
        assertEquals("model.unknown: odd", FormWords.of("model.unknown: odd"));
        assertEquals("no key here", FormWords.of("no key here"));
    }
}
