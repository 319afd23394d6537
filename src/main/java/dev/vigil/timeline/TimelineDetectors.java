package dev.vigil.timeline;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.CentroidDetector;
import dev.vigil.detector.Detector;
import dev.vigil.detector.DetectorKind;
import dev.vigil.detector.GaussianDetector;
import dev.vigil.detector.KnnDetector;
import dev.vigil.experiment.ExperimentConfig;
import dev.vigil.experiment.ExperimentSettings;

import java.util.Collections;
import java.util.List;

/** Detectors for windows of long normal recordings, with the settings of the default experiment config. */
final class TimelineDetectors {

    /** Windows of normal recordings have no classes: one class for the centroid detector. */
    static final String NORMAL = "normal";

    private TimelineDetectors() {
    }

    /** A new, unfitted detector for embeddings of the given size. */
    static Detector create(DetectorKind kind, int embeddingSize, long seed) {
        ExperimentSettings defaults = ExperimentConfig.defaults().settings();
        return switch (kind) {
            case AUTOENCODER -> new AutoencoderDetector(defaults.layout(embeddingSize),
                    defaults.training().withSeed(seed));
            case KNN -> new KnnDetector(defaults.knnK());
            case GAUSSIAN -> new GaussianDetector(defaults.gaussianShrinkage());
            case CENTROID -> new CentroidDetector();
        };
    }

    /** The clips the centroid detector needs beside the rows: every window of class {@value #NORMAL}. */
    static List<Clip> normalClips(int count) {
        return Collections.nCopies(count, new Clip("window", 0, NORMAL, Split.TRAIN));
    }
}
