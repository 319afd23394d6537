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
    /** Clips scored together, and training rows visited together while they stay in cache. */
    private static final int BLOCK = 16;
    private static final int TILE = 32;

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
        int blocks = (embeddings.length + BLOCK - 1) / BLOCK;
        // Blocks are independent: each thread writes its own slots, so the result does not depend on scheduling.
        IntStream.range(0, blocks).parallel().forEach(b -> meanNearest(embeddings, b * BLOCK,
                Math.min(embeddings.length, (b + 1) * BLOCK), scores));
        return scores;
    }

    /**
     * Scores the rows {@code from..to} together, a tile of training rows at a time: each tile is read from memory
     * once for the whole block and then served from cache, instead of streaming the training set once per clip.
     */
    private void meanNearest(float[][] embeddings, int from, int to, double[] scores) {
        int d = dimension();
        int kk = Math.min(k, rows);
        float[][] queries = new float[to - from][];
        double[][] nearest = new double[to - from][kk];
        for (int q = 0; q < queries.length; q++) {
            queries[q] = standardizer.apply(embeddings[from + q]);
            Arrays.fill(nearest[q], Double.POSITIVE_INFINITY);
        }
        for (int tile = 0; tile < rows; tile += TILE) {
            int end = Math.min(rows, tile + TILE);
            for (int q = 0; q < queries.length; q++) {
                for (int r = tile; r < end; r++) {
                    insert(nearest[q], VectorMath.squaredDistance(queries[q], train, r * d));
                }
            }
        }
        for (int q = 0; q < queries.length; q++) {
            double total = 0;
            for (double squared : nearest[q]) {
                total += Math.sqrt(squared);
            }
            scores[from + q] = total / kk;
        }
    }

    /** Keeps the k smallest squared distances in ascending order. */
    private static void insert(double[] nearest, double distance) {
        int last = nearest.length - 1;
        if (distance >= nearest[last]) {
            return;
        }
        int p = last;
        while (p > 0 && nearest[p - 1] > distance) {
            nearest[p] = nearest[p - 1];
            p--;
        }
        nearest[p] = distance;
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
