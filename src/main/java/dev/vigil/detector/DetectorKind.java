package dev.vigil.detector;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The detectors Vigil offers, with the ids used in configs, score tables and bundles. */
public enum DetectorKind {
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

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static DetectorKind parse(String text) {
        for (DetectorKind kind : values()) {
            if (kind.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a detector (allowed: " + allowed() + ")");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(DetectorKind::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
