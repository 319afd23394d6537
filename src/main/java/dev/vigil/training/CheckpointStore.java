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

    /** Whether a latest or best checkpoint is there to resume from (without reading either). */
    public boolean hasAny() {
        return Files.isRegularFile(latestFile()) || Files.isRegularFile(bestFile());
    }

    /** The state of the latest checkpoint, if there is one (without loading any weights). */
    public Optional<CheckpointState> latestState() throws IOException {
        return Files.isRegularFile(latestFile()) ? Optional.of(readState(latestFile())) : Optional.empty();
    }

    /**
     * Deletes the temporary files of checkpoint writes that never finished (a process killed while writing leaves
     * {@code .latest.ckpt.<n>.tmp}, as large as a checkpoint); they are never read.
     *
     * @return how many were removed
     */
    public int removeUnfinishedWrites() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean unfinished = (name.startsWith("." + LATEST + ".") || name.startsWith("." + BEST + "."))
                        && name.endsWith(".tmp");
                if (unfinished && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * The checkpoint a resume starts from: the latest, or, when it is missing or damaged, the best one, which holds
     * the whole position at the end of its epoch (the epochs after it are trained again, to the same numbers).
     *
     * @param file  the checkpoint to load
     * @param state its state
     * @param note  why the best checkpoint was taken, or null when it is the latest
     */
    public record ResumePoint(Path file, CheckpointState state, String note) {
    }

    /** Picks where a resume starts; the exception names both files and why neither can be used. */
    public ResumePoint resumePoint() throws IOException {
        if (!hasAny()) {
            throw new IOException("no checkpoint to resume from in " + dir + " (neither " + LATEST + " nor " + BEST
                    + ")");
        }
        String latestProblem;
        if (!Files.isRegularFile(latestFile())) {
            latestProblem = "checkpoint " + latestFile() + ": not found";
        } else {
            try {
                return new ResumePoint(latestFile(), readState(latestFile()), null);
            } catch (IOException e) {
                latestProblem = e.getMessage();
            }
        }
        if (!Files.isRegularFile(bestFile())) {
            throw new IOException(latestProblem + "; no " + BEST + " to fall back on in " + dir
                    + ": the run cannot resume, train it again");
        }
        CheckpointState best;
        try {
            best = readState(bestFile());
        } catch (IOException e) {
            throw new IOException(latestProblem + "; " + e.getMessage() + ": the run cannot resume, train it again", e);
        }
        return new ResumePoint(bestFile(), best, latestProblem + "; resuming from " + BEST + " after epoch "
                + best.epoch() + " instead (the epochs after it are trained again)");
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
