package dev.vigil.backbone;

import dev.vigil.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Embeddings on disk, one small file per (backbone, clip file, preprocessing, view), so that a frozen backbone
 * embeds each clip once. The key is a SHA-256 over everything that changes the result: the backbone's
 * {@link #fingerprint(Backbone) fingerprint} (its card, version and the hash of its model file), the clip's absolute path,
 * size and modification time, the preprocessing, the sampling window rule and the augmentation seed. Anything that
 * changes gives another key, so a stale entry is never served. Each entry carries a CRC-32: a torn or corrupt entry
 * reads as missing and is recomputed.
 *
 * <p>Default folder: {@code ~/.vigil/cache/embeddings} (or {@code -Dvigil.cache}); it is shared by all runs and
 * may be deleted at any time.
 */
public final class EmbeddingCache {

    public static final String PROPERTY = "vigil.cache";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int MAGIC = 0x56474531; // "VGE1"

    private final Path dir;

    public EmbeddingCache(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The cache in {@code -Dvigil.cache}, else {@code ~/.vigil/cache/embeddings}. */
    public static EmbeddingCache atDefaultLocation() {
        String property = System.getProperty(PROPERTY);
        Path dir = property != null && !property.isBlank() ? Path.of(property)
                : Path.of(System.getProperty("user.home"), ".vigil", "cache", "embeddings");
        return new EmbeddingCache(dir);
    }

    public Path dir() {
        return dir;
    }

    /**
     * What identifies a backbone's results: its card, its {@link Backbone#version()} and the SHA-256 of its model
     * file. Hashing a 100 MB model takes a while, so the hash is kept in the cache folder, under the file's path,
     * size and modification time.
     */
    public String fingerprint(Backbone backbone) throws IOException {
        String text = ModelCards.toJson(backbone.card()) + "|" + backbone.version();
        Optional<Path> model = backbone.modelFile();
        if (model.isPresent()) {
            text += "|" + modelHash(model.get());
        }
        return Hashing.sha256(text);
    }

    private String modelHash(Path model) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(model, BasicFileAttributes.class);
        String identity = model.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                + attributes.lastModifiedTime().toMillis();
        Path memo = dir.resolve("models").resolve(Hashing.sha256(identity) + ".sha256");
        try {
            String known = Files.readString(memo).strip();
            if (known.matches("[0-9a-f]{64}")) {
                return known;
            }
        } catch (IOException e) {
            // not hashed yet (or unreadable): hash it now
        }
        String hash = Hashing.sha256(model);
        try {
            Files.createDirectories(memo.getParent());
            Files.writeString(memo, hash);
        } catch (IOException e) {
            LOG.warn("cache {}: cannot keep the hash of {} ({})", dir, model, e.getMessage());
        }
        return hash;
    }

    /**
     * The key of one embedding.
     *
     * @param fingerprint   {@link #fingerprint(Backbone)}
     * @param file          the clip's file; its size and modification time are part of the key
     * @param preprocessing text form of the preprocessing (frames, resize, mean/std, layout)
     * @param window        the sampling window rule, e.g. "reference" or a {@link ClipWindow#key()}
     * @param seed          augmentation seed (0 for the evaluation transform)
     */
    public static String key(String fingerprint, Path file, String preprocessing, String window, long seed)
            throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String text = fingerprint + "|" + file.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                + attributes.lastModifiedTime().toMillis() + "|" + preprocessing + "|" + window + "|" + seed;
        return Hashing.sha256(text);
    }

    /** The embedding stored under {@code key}, if present, of the expected length and intact. */
    public Optional<float[]> get(String key, int expectedLength) {
        Path file = entry(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cache entry {} unreadable ({}); recomputing", file, e.getMessage());
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int payload = expectedLength * Float.BYTES;
        if (bytes.length != 12 + payload || buffer.getInt(0) != MAGIC || buffer.getInt(4) != expectedLength) {
            LOG.warn("cache entry {} is corrupt or of another size; recomputing", file);
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 8, payload);
        if ((int) crc.getValue() != buffer.getInt(8 + payload)) {
            LOG.warn("cache entry {} fails its checksum; recomputing", file);
            return Optional.empty();
        }
        float[] values = new float[expectedLength];
        buffer.position(8);
        buffer.asFloatBuffer().get(values);
        return Optional.of(values);
    }

    /**
     * Stores an embedding. A failure to write is logged and otherwise ignored: the cache only saves time.
     */
    public void put(String key, float[] values) {
        Path file = entry(key);
        ByteBuffer buffer = ByteBuffer.allocate(12 + values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(values.length);
        buffer.asFloatBuffer().put(values);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 8, values.length * Float.BYTES);
        buffer.putInt(8 + values.length * Float.BYTES, (int) crc.getValue());
        try {
            Files.createDirectories(file.getParent());
            // temp file + rename: readers see the old entry or the whole new one; no fsync, the CRC catches the rest
            Path temp = AtomicFiles.createTemp(file.getParent(), ".entry");
            try {
                Files.write(temp, buffer.array());
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            LOG.warn("cache {}: cannot store an entry ({}); going on without it", dir, e.getMessage());
        }
    }

    Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".emb");
    }
}
