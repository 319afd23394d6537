package dev.vigil.detector;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

/** The detectors Vigil offers, with the ids used in configs, score tables and bundles. */
public enum DetectorKind implements Identified {
    AUTOENCODER("autoencoder", "Autoencoder reconstruction error"),
    KNN("knn", "kNN distance"),
    GAUSSIAN("gaussian", "Gaussian (Mahalanobis distance)"),
    CENTROID("centroid", "Distance to nearest class centroid");

    private final String id;
    private final String title;

    DetectorKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static DetectorKind parse(String text) {
        return EnumIds.parse(DetectorKind.class, text, "a detector");
    }

    public static String allowed() {
        return EnumIds.allowed(DetectorKind.class);
    }

    @Override
    public String toString() {
        return id;
    }
}
