package dev.vigil.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Training examples that can be turned into a batch on demand. Cached embeddings are one kind; decoded clip
 * tensors for end-to-end fine-tuning would be another.
 */
public interface BatchSource {

    /** Number of examples. */
    int size();

    /** The examples at {@code indices} as one batch, created in {@code manager} (which the caller closes). */
    NDList batch(NDManager manager, int[] indices);
}
