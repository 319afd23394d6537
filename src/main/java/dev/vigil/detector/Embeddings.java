package dev.vigil.detector;

/** Checks on embedding matrices handed to detectors. */
final class Embeddings {

    private Embeddings() {
    }

    /** The common length of the rows; throws when there are none, or they are ragged or not finite. */
    static int requireMatrix(float[][] rows, String what) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException(what + ": no embeddings");
        }
        int dimension = rows[0] == null ? 0 : rows[0].length;
        if (dimension == 0) {
            throw new IllegalArgumentException(what + ": embedding 0 is empty");
        }
        for (int i = 0; i < rows.length; i++) {
            float[] row = rows[i];
            if (row == null || row.length != dimension) {
                throw new IllegalArgumentException(what + ": embedding " + i + " has "
                        + (row == null ? 0 : row.length) + " values, embedding 0 has " + dimension);
            }
            for (float v : row) {
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException(what + ": embedding " + i + " has a value " + v);
                }
            }
        }
        return dimension;
    }

    /** Checks rows to score against the fitted dimension (an empty matrix is allowed: nothing to score). */
    static void requireDimension(float[][] rows, int dimension, String detector) {
        if (dimension == 0) {
            throw new IllegalStateException(detector + ": not fitted yet");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != dimension) {
                throw new IllegalArgumentException(detector + ": embedding " + i + " has "
                        + (rows[i] == null ? 0 : rows[i].length) + " values, the detector was fitted on " + dimension);
            }
        }
    }
}
