package dev.vigil.detector;

import dev.vigil.io.AtomicFiles;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Saving and loading fitted detectors. A detector file is
 * {@code "VIGILDET" | int version | UTF kind id | the detector's own state}; the same bytes go into bundles.
 */
public final class Detectors {

    private static final byte[] MAGIC = "VIGILDET".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private Detectors() {
    }

    /** Writes a fitted detector to a stream (the stream is flushed, not closed). */
    public static void write(Detector detector, OutputStream target) throws IOException {
        if (!detector.isFitted()) {
            throw new IllegalStateException(detector.name() + ": not fitted, nothing to save");
        }
        DataOutputStream out = new DataOutputStream(target);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(detector.kind().id());
        detector.writeState(out);
        out.flush();
    }

    /** Reads a detector written by {@link #write}. */
    public static Detector read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a Vigil detector");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("detector format version " + version + " is not supported (expected " + VERSION
                    + ")");
        }
        DetectorKind kind;
        try {
            kind = DetectorKind.parse(in.readUTF());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        return switch (kind) {
            case AUTOENCODER -> AutoencoderDetector.read(in);
            case KNN -> KnnDetector.read(in);
            case GAUSSIAN -> GaussianDetector.read(in);
            case CENTROID -> CentroidDetector.read(in);
        };
    }

    /** Saves a fitted detector to a file atomically. */
    public static void save(Detector detector, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(detector, out));
    }

    /** Loads a detector file; errors name the file and the reason. */
    public static Detector load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("detector " + file + ": " + describe(e), e);
        }
    }

    static String describe(Exception e) {
        return e instanceof EOFException ? "file ends too early (truncated)" : e.getMessage();
    }
}
