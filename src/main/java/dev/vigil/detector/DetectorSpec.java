package dev.vigil.detector;

import dev.vigil.training.TrainingConfig;

import java.util.List;

/**
 * How to build each kind of detector: the one place that turns a {@link DetectorKind} into a new, unfitted
 * {@link Detector}, for clip experiments and long-video timelines alike.
 *
 * @param layerSizes        the autoencoder's encoder layer sizes, widest first
 * @param dropout           the autoencoder's dropout between layers
 * @param training          how the autoencoder trains
 * @param knnK              neighbours the kNN detector averages
 * @param gaussianShrinkage a fixed shrinkage, or {@link GaussianDetector#LEDOIT_WOLF}
 */
public record DetectorSpec(List<Integer> layerSizes, double dropout, TrainingConfig training, int knnK,
                           double gaussianShrinkage) {

    public DetectorSpec {
        layerSizes = List.copyOf(layerSizes);
    }

    /**
     * The settings of the default experiment config. They live here rather than being read from that config so that
     * timelines, which experiments build on, need nothing from experiments; a test keeps the two equal.
     */
    public static DetectorSpec defaults() {
        return new DetectorSpec(List.of(512, 256, 128), 0.3, TrainingConfig.reference(), 5,
                GaussianDetector.LEDOIT_WOLF);
    }

    public DetectorSpec withSeed(long seed) {
        return new DetectorSpec(layerSizes, dropout, training.withSeed(seed), knnK, gaussianShrinkage);
    }

    /** The autoencoder's layout for embeddings of the given size. */
    public AutoencoderLayout layout(int embeddingSize) {
        return new AutoencoderLayout(embeddingSize, layerSizes, dropout);
    }

    /** A new, unfitted detector for embeddings of the given size. The caller closes it. */
    public Detector create(DetectorKind kind, int embeddingSize) {
        return switch (kind) {
            case AUTOENCODER -> new AutoencoderDetector(layout(embeddingSize), training);
            case KNN -> new KnnDetector(knnK);
            case GAUSSIAN -> new GaussianDetector(gaussianShrinkage);
            case CENTROID -> new CentroidDetector();
        };
    }
}
