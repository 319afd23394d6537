package dev.vigil.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.detector.Detector;
import dev.vigil.detector.Detectors;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.IoErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A portable detector: {@code <name>.vigil}, a zip holding everything needed to score new clips elsewhere.
 *
 * <pre>
 * bundle.json         format, version, name, created, detector id and name, embedding size, threshold, method
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

    public static final String EXTENSION = ".vigil";
    static final String FORMAT = "vigil-detector-bundle";
    static final int VERSION = 1;
    static final String TUNED_BACKBONE = "backbone-tuned.bin";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final long MAX_JSON_BYTES = 16L << 20;

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
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("name", name);
        manifest.put("created", created);
        manifest.put("detector", detector.kind().id());
        manifest.put("detector_name", detector.name());
        manifest.put("embedding_size", detector.dimension());
        manifest.put("threshold", threshold);
        manifest.put("threshold_method", thresholdMethod);
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, "bundle.json", o -> JSON.writerWithDefaultPrettyPrinter().writeValue(o, manifest));
            put(zip, "backbone.json", o -> JSON.writerWithDefaultPrettyPrinter().writeValue(o, backbone));
            put(zip, "preprocessing.json", o -> JSON.writerWithDefaultPrettyPrinter().writeValue(o, preprocessing));
            put(zip, "detector.bin", o -> Detectors.write(detector, o));
            if (tunedBackbone != null) {
                put(zip, TUNED_BACKBONE, o -> o.write(tunedBackbone));
            }
            zip.finish();
        });
    }

    private static void put(ZipOutputStream zip, String entry, AtomicFiles.Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(entry));
        // The content must not close the zip stream: wrap it so close() only ends the entry's writing.
        content.writeTo(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        });
        zip.closeEntry();
    }

    /** Reads a bundle; errors name the file and what is wrong with it. */
    public static DetectorBundle read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = json(zip, "bundle.json");
            if (!FORMAT.equals(manifest.path("format").asText())) {
                throw new IOException("bundle.json does not describe a Vigil detector bundle");
            }
            if (manifest.path("version").asInt() != VERSION) {
                throw new IOException("bundle version " + manifest.path("version").asText()
                        + " is not supported (expected " + VERSION + ")");
            }
            ObjectNode backbone = object(zip, "backbone.json");
            ObjectNode preprocessing = object(zip, "preprocessing.json");
            ZipEntry weights = entry(zip, "detector.bin");
            Detector detector;
            try (InputStream in = zip.getInputStream(weights)) {
                detector = Detectors.read(in);
            }
            try {
                int size = manifest.path("embedding_size").asInt();
                if (detector.dimension() != size) {
                    throw new IOException("detector.bin takes " + detector.dimension()
                            + "-value embeddings, bundle.json says " + size);
                }
                return new DetectorBundle(manifest.path("name").asText(), backbone, preprocessing, detector,
                        manifest.path("threshold").asDouble(Double.NaN), manifest.path("threshold_method").asText(),
                        manifest.path("created").asText(), tuned(zip));
            } catch (IOException | RuntimeException e) {
                detector.close();
                throw e;
            }
        } catch (ZipException e) {
            throw new IOException("bundle " + file + ": not a zip archive (damaged, or not a " + EXTENSION
                    + " bundle)", e);
        } catch (FileSystemException e) {
            throw new IOException("bundle " + IoErrors.describe(e), e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("bundle " + file + ": " + e.getMessage(), e);
        }
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

    private static ZipEntry entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no " + name + " inside (not a complete Vigil bundle)");
        }
        return entry;
    }

    private static JsonNode json(ZipFile zip, String name) throws IOException {
        ZipEntry entry = entry(zip, name);
        if (entry.getSize() > MAX_JSON_BYTES) {
            throw new IOException(name + " is implausibly large (" + entry.getSize() + " bytes)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException(name + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static ObjectNode object(ZipFile zip, String name) throws IOException {
        JsonNode node = json(zip, name);
        if (!node.isObject()) {
            throw new IOException(name + " must hold a JSON object");
        }
        return (ObjectNode) node;
    }

    @Override
    public void close() {
        detector.close();
    }
}
