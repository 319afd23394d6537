package dev.vigil.backbone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nearest-class-centroid anomaly scores and AUROC, to check that embeddings separate normal from anomalous. */
final class Separation {

    private Separation() {
    }

    /** Centroid of each normal class from its training embeddings. */
    static List<float[]> centroids(Map<String, List<float[]>> trainByClass) {
        List<float[]> out = new ArrayList<>();
        for (List<float[]> members : trainByClass.values()) {
            float[] mean = new float[members.get(0).length];
            for (float[] e : members) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += e[i] / members.size();
                }
            }
            out.add(mean);
        }
        return out;
    }

    /** Distance to the nearest centroid: the reference's second decision rule. */
    static double score(float[] e, List<float[]> centroids) {
        double best = Double.MAX_VALUE;
        for (float[] c : centroids) {
            double d = 0;
            for (int i = 0; i < c.length; i++) {
                d += (e[i] - c[i]) * (e[i] - c[i]);
            }
            best = Math.min(best, Math.sqrt(d));
        }
        return best;
    }

    /** Probability that an anomaly scores above a normal clip (ties count half): the Mann–Whitney AUROC. */
    static double auroc(List<Double> normal, List<Double> anomalous) {
        double wins = 0;
        for (double a : anomalous) {
            for (double n : normal) {
                wins += a > n ? 1 : (a == n ? 0.5 : 0);
            }
        }
        return wins / ((double) normal.size() * anomalous.size());
    }

    static Map<String, List<float[]>> byClass() {
        return new LinkedHashMap<>();
    }
}
