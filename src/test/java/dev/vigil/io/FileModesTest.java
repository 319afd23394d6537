package dev.vigil.io;

import dev.vigil.backbone.EmbeddingCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Vigil writes gets the permissions the umask gives any program's output, not owner-only ones. */
class FileModesTest {

    @TempDir
    Path dir;

    /** The permissions this process's umask gives a newly created file. */
    private Set<PosixFilePermission> umaskMode() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        return mode;
    }

    @Test
    void atomicWritesFollowTheUmask() throws Exception {
        Set<PosixFilePermission> expected = umaskMode();
        assertTrue(expected.contains(PosixFilePermission.OWNER_READ), "premise: new files are readable");
        Path written = dir.resolve("report.json");
        AtomicFiles.writeString(written, "{}\n");
        assertEquals(expected, Files.getPosixFilePermissions(written));
        AtomicFiles.writeString(written, "{\"again\": true}\n");
        assertEquals(expected, Files.getPosixFilePermissions(written), "a replaced file too");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void cacheEntriesFollowTheUmask() throws Exception {
        Set<PosixFilePermission> expected = umaskMode();
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        String key = EmbeddingCache.key("card", Files.writeString(dir.resolve("clip.mp4"), "x"), "eval", "", 1);
        cache.put(key, new float[] {1, 2, 3});
        try (var entries = Files.walk(dir.resolve("cache"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                assertEquals(expected, Files.getPosixFilePermissions(entry), entry.toString());
            }
        }
        assertEquals(3, cache.get(key, 3).orElseThrow().length);
    }
}
