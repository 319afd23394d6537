package dev.vigil.experiment.bundle;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip both kinds of {@code .vigil} bundle are made of ({@link DetectorBundle}, {@link TimelineBundle}): writing
 * entries, and reading them with errors that name the entry and the reason.
 */
public final class BundleArchive {

    /** The file name ending of bundles. */
    static final String EXTENSION = ".vigil";
    /** What {@code bundle.json} says in {@code format}, whatever the kind. */
    static final String FORMAT = "vigil-detector-bundle";
    static final String MANIFEST = "bundle.json";
    static final String DETECTOR = "detector.bin";
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final long MAX_JSON_BYTES = 16L << 20;

    private BundleArchive() {
    }

    /** The kind of a bundle file; errors name the file and the reason. */
    public static BundleKind kindOf(Path file) throws IOException {
        return read(file, zip -> BundleKind.of(manifest(zip)));
    }

    /** Something read from an open bundle. */
    @FunctionalInterface
    interface Reading<T> {
        T from(ZipFile zip) throws IOException;
    }

    /** Reads a bundle file; every error names the file and what is wrong with it. */
    static <T> T read(Path file, Reading<T> reading) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return reading.from(zip);
        } catch (ZipException e) {
            throw new IOException("bundle " + file + ": not a zip archive (damaged, or not a "
                    + EXTENSION + " bundle)", e);
        } catch (FileSystemException e) {
            throw new IOException("bundle " + IoErrors.describe(e), e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("bundle " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new manifest: what a bundle is, and what its detector and threshold are, for a glance without reading it. */
    static ObjectNode newManifest(BundleKind kind, String name, String created, Detector detector, double threshold,
                                  String thresholdMethod) {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", kind.version);
        manifest.put("kind", kind.id());
        manifest.put("name", name);
        manifest.put("created", created);
        manifest.put("detector", detector.kind().id());
        manifest.put("detector_name", detector.name());
        manifest.put("embedding_size", detector.dimension());
        manifest.put("threshold", threshold);
        manifest.put("threshold_method", thresholdMethod);
        return manifest;
    }

    /** The manifest, checked to be a Vigil bundle of a version this Vigil reads. */
    static JsonNode manifest(ZipFile zip) throws IOException {
        JsonNode manifest = json(zip, MANIFEST);
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new IOException(MANIFEST + " does not describe a Vigil detector bundle");
        }
        int version = manifest.path("version").asInt();
        if (version < 1 || version > BundleKind.LATEST_VERSION) {
            throw new IOException("bundle version " + manifest.path("version").asText()
                    + " is not supported (expected 1 to " + BundleKind.LATEST_VERSION + ")");
        }
        return manifest;
    }

    /** The detector in {@value #DETECTOR}, checked to take embeddings of the size the manifest says. */
    static Detector detector(ZipFile zip, JsonNode manifest) throws IOException {
        Detector detector;
        ZipEntry weights = entry(zip, DETECTOR);
        try (InputStream in = zip.getInputStream(weights)) {
            detector = Detectors.read(in);
        } catch (IOException e) {
            throw new IOException(DETECTOR + ": " + e.getMessage(), e);
        }
        int size = manifest.path("embedding_size").asInt();
        if (detector.dimension() != size) {
            detector.close();
            throw new IOException(DETECTOR + " takes " + detector.dimension() + "-value embeddings, " + MANIFEST
                    + " says " + size);
        }
        return detector;
    }

    static void put(ZipOutputStream zip, String entry, AtomicFiles.Content content) throws IOException {
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

    static void putJson(ZipOutputStream zip, String entry, JsonNode node) throws IOException {
        put(zip, entry, o -> JSON.writerWithDefaultPrettyPrinter().writeValue(o, node));
    }

    static ZipEntry entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no " + name + " inside (not a complete Vigil bundle)");
        }
        return entry;
    }

    static JsonNode json(ZipFile zip, String name) throws IOException {
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

    static ObjectNode object(ZipFile zip, String name) throws IOException {
        JsonNode node = json(zip, name);
        if (!node.isObject()) {
            throw new IOException(name + " must hold a JSON object");
        }
        return (ObjectNode) node;
    }
}
