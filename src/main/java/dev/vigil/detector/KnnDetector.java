package dev.vigil.detector;

import dev.vigil.dataset.Clip;
import dev.vigil.io.NumberArrays;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * kNN distance: the mean Euclidean distance of a standardised embedding to its {@code k} nearest training
 * embeddings. A strong baseline on pretrained features, and one without training.
 *
 * <p>A training clip scored against its own training set finds itself at distance 0, so training scores are lower
 * than those of unseen normal clips; judge the detector on validation and test clips.
 */
public final class KnnDetector implements Detector {

    public static final int DEFAULT_K = 5;

    private final int k;
    private Standardizer standardizer;
    private float[] train;
    private int rows;

    public KnnDetector(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("kNN needs k of at least 1, got " + k);
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.KNN;
    }

    @Override
    public String name() {
        return "kNN distance (k = " + k + ")";
    }

    @Override
    public void fit(float[][] embeddings, List<Clip> clips) {
        int d = Embeddings.requireMatrix(embeddings, name());
        standardizer = Standardizer.fit(embeddings);
        rows = embeddings.length;
        train = new float[rows * d];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(standardizer.apply(embeddings[i]), 0, train, i * d, d);
        }
    }

    @Override
    public boolean isFitted() {
        return standardizer != null;
    }

    @Override
    public int dimension() {
        return standardizer == null ? 0 : standardizer.dimension();
    }

    @Override
    public double[] score(float[][] embeddings) {
        Embeddings.requireDimension(embeddings, dimension(), name());
        double[] scores = new double[embeddings.length];
        // Rows are independent: each thread writes its own slots, so the result does not depend on scheduling.
        IntStream.range(0, embeddings.length).parallel()
                .forEach(i -> scores[i] = meanNearest(standardizer.apply(embeddings[i])));
        return scores;
    }

    private double meanNearest(float[] query) {
        int d = query.length;
        int kk = Math.min(k, rows);
        double[] nearest = new double[kk];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int r = 0; r < rows; r++) {
            int offset = r * d;
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double t = query[j] - train[offset + j];
                sum += t * t;
            }
            if (sum < nearest[kk - 1]) {
                // insertion into the sorted list of the k smallest squared distances so far
                int p = kk - 1;
                while (p > 0 && nearest[p - 1] > sum) {
                    nearest[p] = nearest[p - 1];
                    p--;
                }
                nearest[p] = sum;
            }
        }
        double total = 0;
        for (double squared : nearest) {
            total += Math.sqrt(squared);
        }
        return total / kk;
    }

    @Override
    public void writeState(DataOutputStream out) throws IOException {
        out.writeInt(k);
        out.writeInt(rows);
        standardizer.write(out);
        NumberArrays.writeFloats(out, train);
    }

    static KnnDetector read(DataInputStream in) throws IOException {
        KnnDetector detector = new KnnDetector(in.readInt());
        detector.rows = in.readInt();
        detector.standardizer = Standardizer.read(in);
        detector.train = NumberArrays.readFloats(in, detector.rows * detector.standardizer.dimension());
        return detector;
    }
}
