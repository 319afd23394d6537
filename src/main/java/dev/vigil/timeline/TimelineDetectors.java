package dev.vigil.timeline;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.detector.Detector;
import dev.vigil.detector.DetectorKind;
import dev.vigil.detector.DetectorSpec;

import java.util.Collections;
import java.util.List;

/** Detectors for windows of long normal recordings, with the default detector settings. */
final class TimelineDetectors {

    /** Windows of normal recordings have no classes: one class for the centroid detector. */
    static final String NORMAL = "normal";

    private TimelineDetectors() {
    }

    /** A new, unfitted detector for embeddings of the given size, with the default experiment's settings. */
    static Detector create(DetectorKind kind, int embeddingSize, long seed) {
        return DetectorSpec.defaults().withSeed(seed).create(kind, embeddingSize);
    }

    /** The clips the centroid detector needs beside the rows: every window of class {@value #NORMAL}. */
    static List<Clip> normalClips(int count) {
        return Collections.nCopies(count, new Clip("window", 0, NORMAL, Split.TRAIN));
    }
}
