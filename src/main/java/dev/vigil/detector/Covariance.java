package dev.vigil.detector;

import java.util.stream.IntStream;

/**
 * The empirical covariance of centred data and the Ledoit–Wolf shrinkage toward a scaled identity, following
 * scikit-learn's {@code ledoit_wolf_shrinkage} (Ledoit &amp; Wolf 2004).
 */
final class Covariance {

    private Covariance() {
    }

    /**
     * The columns of the data minus their means, stored feature by feature ({@code d × n}) so that covariance
     * entries are dot products of contiguous rows.
     */
    static double[][] centredColumns(float[][] rows, double[] mean) {
        int n = rows.length;
        int d = mean.length;
        double[][] columns = new double[d][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                columns[j][i] = rows[i][j] - mean[j];
            }
        }
        return columns;
    }

    static double[] mean(float[][] rows) {
        double[] mean = new double[rows[0].length];
        for (float[] row : rows) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= rows.length;
        }
        return mean;
    }

    /** The lower triangle (and diagonal) of {@code XᵀX / n}; the upper triangle is left 0. */
    static double[][] empirical(double[][] columns) {
        int d = columns.length;
        int n = columns[0].length;
        double[][] s = new double[d][d];
        IntStream.range(0, d).parallel().forEach(i -> {
            double[] a = columns[i];
            for (int j = 0; j <= i; j++) {
                s[i][j] = VectorMath.dot(a, columns[j], n) / n;
            }
        });
        return s;
    }

    /**
     * The Ledoit–Wolf shrinkage intensity in [0, 1] for centred data and its empirical covariance (lower triangle).
     */
    static double ledoitWolfShrinkage(double[][] columns, double[][] lower) {
        int d = columns.length;
        int n = columns[0].length;
        double trace = 0;
        double frobenius = 0;
        for (int i = 0; i < d; i++) {
            trace += lower[i][i];
            for (int j = 0; j < i; j++) {
                frobenius += 2 * lower[i][j] * lower[i][j];
            }
            frobenius += lower[i][i] * lower[i][i];
        }
        double mu = trace / d;
        double fourth = 0;
        for (int k = 0; k < n; k++) {
            double norm2 = 0;
            for (double[] column : columns) {
                norm2 += column[k] * column[k];
            }
            fourth += norm2 * norm2;
        }
        double beta = (fourth / n - frobenius) / ((double) d * n);
        double delta = (frobenius - 2 * mu * trace + d * mu * mu) / d;
        beta = Math.min(beta, delta);
        return beta <= 0 || delta <= 0 ? 0 : beta / delta;
    }

    /**
     * Cholesky factor in place: on return the lower triangle of {@code a} holds L with {@code A = L·Lᵀ}.
     *
     * @return false when A is not positive definite
     */
    static boolean cholesky(double[][] a) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            double[] li = a[i];
            for (int j = 0; j <= i; j++) {
                double[] lj = a[j];
                double sum = li[j] - VectorMath.dot(li, lj, j);
                if (i == j) {
                    if (!(sum > 0)) {
                        return false;
                    }
                    li[i] = Math.sqrt(sum);
                } else {
                    li[j] = sum / lj[j];
                }
            }
        }
        return true;
    }
}
