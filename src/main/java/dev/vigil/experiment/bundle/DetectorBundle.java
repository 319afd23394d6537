package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.detector.Detector;
import dev.vigil.detector.Detectors;
import dev.vigil.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A portable detector: {@code <name>.vigil}, a zip holding everything needed to score new clips elsewhere.
 *
 * <pre>
 * bundle.json         format, version, kind ({@code clip}; absent in older bundles), name, created, detector id
 *                     and name, embedding size, threshold, method
 * backbone.json       the backbone's model card, as given
 * preprocessing.json  frames, sizes, normalisation, as given
 * detector.bin        the fitted detector ({@link Detectors#write})
 * backbone-tuned.bin  only after fine-tuning: the backbone's trained parameters, applied over its model file
 * </pre>
 *
 * The model card and preprocessing are plain JSON objects, so bundles do not depend on how backbones are built.
 * A bundle owns its detector: closing the bundle closes the detector (a bundle that was read must be closed; one
 * made only to be written need not be).
 *
 * @param name            bundle name
 * @param backbone        the backbone's model card
 * @param preprocessing   how clips become backbone input
 * @param detector        a fitted detector
 * @param threshold       clips scoring at or above it are anomalies
 * @param thresholdMethod how the threshold was chosen (a {@code ThresholdMethod} id, or free text)
 * @param created         when the bundle was made (ISO-8601)
 * @param tunedBackbone   the fine-tuned backbone's parameters as the run saved them, or null for a frozen backbone
 */
public record DetectorBundle(String name, ObjectNode backbone, ObjectNode preprocessing, Detector detector,
                             double threshold, String thresholdMethod, String created, byte[] tunedBackbone)
        implements AutoCloseable {

    public static final String EXTENSION = BundleArchive.EXTENSION;
    static final String TUNED_BACKBONE = "backbone-tuned.bin";

    public DetectorBundle {
        if (!detector.isFitted()) {
            throw new IllegalArgumentException("bundle " + name + ": the detector is not fitted");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("bundle " + name + ": threshold must be a finite number, got "
                    + threshold);
        }
        backbone = backbone.deepCopy();
        preprocessing = preprocessing.deepCopy();
        tunedBackbone = tunedBackbone == null ? null : tunedBackbone.clone();
    }

    public DetectorBundle(String name, ObjectNode backbone, ObjectNode preprocessing, Detector detector,
                          double threshold, String thresholdMethod, String created) {
        this(name, backbone, preprocessing, detector, threshold, thresholdMethod, created, null);
    }

    /** A new bundle stamped with the current time. */
    public static DetectorBundle of(String name, ObjectNode backbone, ObjectNode preprocessing, Detector detector,
                                    double threshold, String thresholdMethod) {
        return new DetectorBundle(name, backbone, preprocessing, detector, threshold, thresholdMethod,
                Instant.now().toString());
    }

    /** True when a score is at or above the threshold. */
    public boolean isAnomaly(double score) {
        return score >= threshold;
    }

    /** Writes the bundle atomically. */
    public void write(Path file) throws IOException {
        ObjectNode manifest = BundleArchive.newManifest(BundleKind.CLIP, name, created, detector, threshold,
                thresholdMethod);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            BundleArchive.putJson(zip, BundleArchive.MANIFEST, manifest);
            BundleArchive.putJson(zip, "backbone.json", backbone);
            BundleArchive.putJson(zip, "preprocessing.json", preprocessing);
            BundleArchive.put(zip, BundleArchive.DETECTOR, o -> Detectors.write(detector, o));
            if (tunedBackbone != null) {
                BundleArchive.put(zip, TUNED_BACKBONE, o -> o.write(tunedBackbone));
            }
            zip.finish();
        });
    }

    /** Reads a bundle; errors name the file and what is wrong with it. */
    public static DetectorBundle read(Path file) throws IOException {
        return BundleArchive.read(file, zip -> {
            JsonNode manifest = BundleArchive.manifest(zip);
            if (BundleKind.of(manifest) != BundleKind.CLIP) {
                throw new IOException("a " + BundleKind.of(manifest).id() + " bundle, not a clip bundle");
            }
            ObjectNode backbone = BundleArchive.object(zip, "backbone.json");
            ObjectNode preprocessing = BundleArchive.object(zip, "preprocessing.json");
            Detector detector = BundleArchive.detector(zip, manifest);
            try {
                return new DetectorBundle(manifest.path("name").asText(), backbone, preprocessing, detector,
                        manifest.path("threshold").asDouble(Double.NaN), manifest.path("threshold_method").asText(),
                        manifest.path("created").asText(), tuned(zip));
            } catch (IOException | RuntimeException e) {
                detector.close();
                throw e;
            }
        });
    }

    private static byte[] tuned(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(TUNED_BACKBONE);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        detector.close();
    }
}
