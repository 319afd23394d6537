package dev.vigil.detector;

import dev.vigil.dataset.Clip;
import dev.vigil.io.NumberArrays;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The reference's second decision rule: the Euclidean distance of a raw embedding to the nearest centroid of a
 * normal training class. A clip is anomalous when it is far from every class ("all distances ≥ threshold" in the
 * reference, which is the same as "the smallest distance ≥ threshold").
 */
public final class CentroidDetector implements Detector {

    private List<String> classes = List.of();
    private float[][] centroids;

    @Override
    public DetectorKind kind() {
        return DetectorKind.CENTROID;
    }

    @Override
    public String name() {
        return "Distance to nearest class centroid" + (isFitted() ? " (" + classes.size() + " classes)" : "");
    }

    /** Class names, sorted, in the order of {@link #centroids()}. */
    public List<String> classes() {
        return classes;
    }

    public float[][] centroids() {
        return centroids;
    }

    @Override
    public void fit(float[][] embeddings, List<Clip> clips) {
        int d = Embeddings.requireMatrix(embeddings, name());
        if (clips == null || clips.size() != embeddings.length) {
            throw new IllegalArgumentException(name() + ": needs the class of every training clip ("
                    + embeddings.length + " embeddings, " + (clips == null ? 0 : clips.size()) + " clips)");
        }
        Map<String, double[]> sums = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < embeddings.length; i++) {
            String cls = clips.get(i).className();
            double[] sum = sums.computeIfAbsent(cls, c -> new double[d]);
            for (int j = 0; j < d; j++) {
                sum[j] += embeddings[i][j];
            }
            counts.merge(cls, 1, Integer::sum);
        }
        List<String> names = new ArrayList<>(sums.keySet());
        float[][] means = new float[names.size()][d];
        for (int c = 0; c < names.size(); c++) {
            double[] sum = sums.get(names.get(c));
            int count = counts.get(names.get(c));
            for (int j = 0; j < d; j++) {
                means[c][j] = (float) (sum[j] / count);
            }
        }
        classes = List.copyOf(names);
        centroids = means;
    }

    @Override
    public boolean isFitted() {
        return centroids != null;
    }

    @Override
    public int dimension() {
        return centroids == null ? 0 : centroids[0].length;
    }

    @Override
    public double[] score(float[][] embeddings) {
        Embeddings.requireDimension(embeddings, dimension(), name());
        double[] scores = new double[embeddings.length];
        IntStream.range(0, embeddings.length).parallel()
                .forEach(i -> scores[i] = Math.sqrt(squaredDistance(embeddings[i], nearest(embeddings[i]))));
        return scores;
    }

    /** The class whose centroid is nearest to each embedding. */
    public String[] nearestClasses(float[][] embeddings) {
        Embeddings.requireDimension(embeddings, dimension(), name());
        String[] names = new String[embeddings.length];
        for (int i = 0; i < embeddings.length; i++) {
            names[i] = classes.get(nearest(embeddings[i]));
        }
        return names;
    }

    private int nearest(float[] x) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double distance = squaredDistance(x, c);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    private double squaredDistance(float[] x, int c) {
        return VectorMath.squaredDistance(x, centroids[c], 0);
    }

    @Override
    public void writeState(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (int c = 0; c < classes.size(); c++) {
            out.writeUTF(classes.get(c));
            NumberArrays.writeFloats(out, centroids[c]);
        }
    }

    static CentroidDetector read(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 1) {
            throw new IOException("centroid detector with " + count + " classes");
        }
        List<String> names = new ArrayList<>();
        float[][] means = new float[count][];
        for (int c = 0; c < count; c++) {
            names.add(in.readUTF());
            means[c] = NumberArrays.readFloats(in, c == 0 ? -1 : means[0].length);
        }
        CentroidDetector detector = new CentroidDetector();
        detector.classes = List.copyOf(names);
        detector.centroids = means;
        return detector;
    }
}
