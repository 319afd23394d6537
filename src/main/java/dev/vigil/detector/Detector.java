package dev.vigil.detector;

import dev.vigil.dataset.Clip;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Learns what normal embeddings look like and scores new ones: the higher the score, the less normal the clip.
 * A clip is flagged when its score is at or above a threshold.
 *
 * <p>Detectors take plain embeddings, one {@code float[]} per clip, so they work with any backbone.
 */
public interface Detector extends AutoCloseable {

    /** The kind of detector. */
    DetectorKind kind();

    /** The kind's id ({@code autoencoder}, {@code knn}, {@code gaussian}, {@code centroid}): the score column. */
    default String id() {
        return kind().id();
    }

    /** A readable name with the settings, e.g. {@code kNN distance (k = 5)}. */
    String name();

    /**
     * Learns from the embeddings of normal training clips.
     *
     * @param embeddings one row per clip, all of the same length
     * @param clips      the clips of the rows, in the same order (the centroid detector needs their classes; the
     *                   others ignore them, and accept null)
     * @throws IllegalArgumentException when the embeddings are empty, ragged or not finite
     */
    void fit(float[][] embeddings, List<Clip> clips);

    boolean isFitted();

    /** Length of the embeddings it was fitted on; 0 before fitting. */
    int dimension();

    /** One score per row; higher means more anomalous. */
    double[] score(float[][] embeddings);

    /** Writes what {@link Detectors#read} needs to rebuild the fitted detector (after the common header). */
    void writeState(DataOutputStream out) throws IOException;

    /** Frees native memory, if any. */
    @Override
    default void close() {
    }
}
