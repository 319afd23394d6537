package dev.vigil.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the same folder, are
 * flushed to disk, and replace the target in one rename. A crash or a cancel leaves the old file or the new one.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, "." + target.getFileName() + ".");
        try {
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // The stream must not close the channel before force(): the content may close what it is given.
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(buffered);
                buffered.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates an empty file {@code prefix<random>.tmp} in {@code dir} with the permissions the umask gives any new
     * file. {@code Files.createTempFile} would make it readable by its owner only, and the rename would carry that
     * onto bundles, manifests and run files that colleagues and services must read.
     */
    public static Path createTemp(Path dir, String prefix) throws IOException {
        while (true) {
            Path temp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same name: draw again
            }
        }
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
