package dev.vigil.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vigil.io.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The {@code checkpoints/} folder of a run: {@code latest.ckpt} after every epoch (and on cancel), {@code best.ckpt}
 * when the validation loss improves. Each file holds the state, the weights and the optimiser's moments, ends with
 * a CRC-32 of everything before it, and is replaced in one atomic rename: a crash while writing leaves the previous
 * file, and a damaged file is refused before anything is loaded from it.
 *
 * <pre>
 * "VIGILCKP" | int version | int n | n bytes state JSON | model parameters | optimiser state | long CRC-32
 * </pre>
 */
public final class CheckpointStore {

    public static final String LATEST = "latest.ckpt";
    public static final String BEST = "best.ckpt";

    private static final byte[] MAGIC = "VIGILCKP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path dir;

    public CheckpointStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path latestFile() {
        return dir.resolve(LATEST);
    }

    public Path bestFile() {
        return dir.resolve(BEST);
    }

    /** The state of the latest checkpoint, if there is one (without loading any weights). */
    public Optional<CheckpointState> latestState() throws IOException {
        return Files.isRegularFile(latestFile()) ? Optional.of(readState(latestFile())) : Optional.empty();
    }

    /** Writes a checkpoint atomically. */
    public static void write(Path file, CheckpointState state, ReconstructionModel model, AdamOptimizer optimizer)
            throws IOException {
        AtomicFiles.write(file, out -> writeTo(out, state, model, optimizer));
    }

    /** Writes a checkpoint's bytes to a stream; {@link #write} wraps this in an atomic file. */
    public static void writeTo(OutputStream target, CheckpointState state, ReconstructionModel model,
                               AdamOptimizer optimizer) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(target, crc));
        out.write(MAGIC);
        out.writeInt(VERSION);
        byte[] json = JSON.writeValueAsBytes(state);
        out.writeInt(json.length);
        out.write(json);
        model.saveParameters(out);
        optimizer.save(out);
        out.flush();
        new DataOutputStream(target).writeLong(crc.getValue());
        target.flush();
    }

    /** Reads only the state of a checkpoint, after checking it is whole. */
    public static CheckpointState readState(Path file) throws IOException {
        return read(file, null, null);
    }

    /**
     * Checks a checkpoint is whole, then loads its weights into {@code model} and its moments into
     * {@code optimizer} (either may be null to skip it).
     */
    public static CheckpointState read(Path file, ReconstructionModel model, AdamOptimizer optimizer)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            DataInputStream in = open(bytes);
            int length = in.readInt();
            if (length < 0 || length > bytes.length) {
                throw new IOException("bad state length " + length);
            }
            byte[] json = new byte[length];
            in.readFully(json);
            CheckpointState state = JSON.readValue(json, CheckpointState.class);
            if (model != null) {
                if (!state.signature().equals(model.signature())) {
                    throw new IOException("it was made for " + state.signature() + ", this model is "
                            + model.signature());
                }
                model.loadParameters(in);
                if (optimizer != null) {
                    optimizer.load(in);
                }
            }
            return state;
        } catch (IOException | RuntimeException e) {
            throw new IOException("checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(byte[] bytes) throws IOException {
        if (bytes.length < MAGIC.length + 4 + 8 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a Vigil checkpoint");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8)).readLong();
        if (stored != crc.getValue()) {
            throw new IOException("truncated or damaged (checksum mismatch)");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
        in.skipBytes(MAGIC.length);
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("format version " + version + " is not supported (expected " + VERSION + ")");
        }
        return in;
    }
}
