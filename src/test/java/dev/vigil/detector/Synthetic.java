package dev.vigil.detector;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic embeddings: normal clips lie near a low-dimensional subspace (as pretrained features of a few actions
 * do), one cluster per class; anomalies are the same kind of points pushed off the subspace by a fixed shift.
 */
final class Synthetic {

    final int dimension;
    private final double[][] basis;
    private final double[][] classCentres;
    private final double[] shift;
    private final Random random;

    /** @param shiftLength length of the vector that moves an anomaly off the normal subspace */
    Synthetic(int dimension, int rank, int classes, double shiftLength, long seed) {
        this.dimension = dimension;
        this.random = new Random(seed);
        basis = new double[rank][dimension];
        for (double[] row : basis) {
            for (int j = 0; j < dimension; j++) {
                row[j] = random.nextGaussian() / Math.sqrt(rank);
            }
        }
        classCentres = new double[classes][rank];
        for (double[] centre : classCentres) {
            for (int r = 0; r < rank; r++) {
                centre[r] = 3 * random.nextGaussian();
            }
        }
        shift = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            shift[j] = random.nextGaussian() * shiftLength / Math.sqrt(dimension);
        }
    }

    float[][] normals(int n, int cls) {
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = point(cls, false);
        }
        return rows;
    }

    float[][] anomalies(int n) {
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = point(i % classCentres.length, true);
        }
        return rows;
    }

    private float[] point(int cls, boolean anomalous) {
        int rank = basis.length;
        double[] z = new double[rank];
        for (int r = 0; r < rank; r++) {
            z[r] = classCentres[cls][r] + random.nextGaussian();
        }
        float[] x = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            double v = 0.1 * random.nextGaussian();
            for (int r = 0; r < rank; r++) {
                v += z[r] * basis[r][j];
            }
            if (anomalous) {
                v += shift[j];
            }
            x[j] = (float) v;
        }
        return x;
    }

    static List<Clip> clips(int n, String cls, Split split) {
        List<Clip> clips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clips.add(new Clip(cls + "/" + i + ".mp4", split == Split.ANOMALY ? 1 : 0, cls, split));
        }
        return clips;
    }

    static float[][] concat(float[][]... parts) {
        List<float[]> all = new ArrayList<>();
        for (float[][] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray(new float[0][]);
    }

    /** AUROC by counting pairs, ties half: the slow definition, to check detectors without the evaluation code. */
    static double pairAuroc(double[] normal, double[] anomalous) {
        double wins = 0;
        for (double a : anomalous) {
            for (double n : normal) {
                wins += a > n ? 1 : a == n ? 0.5 : 0;
            }
        }
        return wins / ((double) normal.length * anomalous.length);
    }
}
