package dev.vigil.training;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/** Cached embeddings, one row per clip, batched as a {@code (batch, dimension)} float array. */
public final class EmbeddingBatches implements BatchSource {

    private final float[][] rows;
    private final int dimension;

    /** @param rows embeddings of equal length; the arrays are read, not copied, so do not change them meanwhile */
    public EmbeddingBatches(float[][] rows) {
        this.rows = rows;
        this.dimension = rows.length == 0 ? 0 : rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != dimension) {
                throw new IllegalArgumentException("embedding " + i + " has " + (rows[i] == null ? 0 : rows[i].length)
                        + " values, the first has " + dimension);
            }
        }
    }

    public int dimension() {
        return dimension;
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public NDList batch(NDManager manager, int[] indices) {
        float[] flat = new float[indices.length * dimension];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(rows[indices[i]], 0, flat, i * dimension, dimension);
        }
        return new NDList(manager.create(flat, new Shape(indices.length, dimension)));
    }
}
