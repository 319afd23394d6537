package dev.vigil.detector;

import dev.vigil.io.NumberArrays;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Per-feature standardisation {@code (x − mean) / std} with the population standard deviation, as scikit-learn's
 * {@code StandardScaler}. A feature that never varies keeps scale 1, so it neither explodes nor counts.
 */
final class Standardizer {

    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    static Standardizer fit(float[][] rows) {
        int d = rows[0].length;
        double[] mean = new double[d];
        for (float[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= rows.length;
        }
        double[] variance = new double[d];
        for (float[] row : rows) {
            for (int j = 0; j < d; j++) {
                double t = row[j] - mean[j];
                variance[j] += t * t;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double std = Math.sqrt(variance[j] / rows.length);
            scale[j] = std > 1e-12 ? std : 1;
        }
        return new Standardizer(mean, scale);
    }

    int dimension() {
        return mean.length;
    }

    float[] apply(float[] row) {
        float[] out = new float[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (float) ((row[j] - mean[j]) / scale[j]);
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        NumberArrays.writeDoubles(out, mean);
        NumberArrays.writeDoubles(out, scale);
    }

    static Standardizer read(DataInputStream in) throws IOException {
        double[] mean = NumberArrays.readDoubles(in, -1);
        return new Standardizer(mean, NumberArrays.readDoubles(in, mean.length));
    }
}
