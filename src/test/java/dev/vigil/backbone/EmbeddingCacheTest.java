package dev.vigil.backbone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingCacheTest {

    @TempDir
    Path dir;

    /** The built-in backbone, claiming a model file: only what the cache reads of a backbone. */
    private static Backbone withModelFile(Path model) {
        BuiltinBackbone builtin = new BuiltinBackbone();
        return new CountingBackbone(builtin) {
            @Override
            public Optional<Path> modelFile() {
                return Optional.of(model);
            }
        };
    }

    @Test
    void fingerprintFollowsTheModelFilesContent() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        Path model = Files.writeString(dir.resolve("m.pt"), "weights one");
        String first = cache.fingerprint(withModelFile(model));
        assertEquals(first, cache.fingerprint(withModelFile(model)));
        assertTrue(Files.list(cache.dir().resolve("models")).findAny().isPresent(), "the model's hash is kept");
        Files.writeString(model, "weights two");
        Files.setLastModifiedTime(model, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertNotEquals(first, cache.fingerprint(withModelFile(model)));
        assertNotEquals(first, cache.fingerprint(new BuiltinBackbone()));
    }

    @Test
    void entriesRoundTripAndOtherLengthsReadAsMissing() throws Exception {
        EmbeddingCache cache = new EmbeddingCache(dir.resolve("cache"));
        Path clip = Files.writeString(dir.resolve("clip.mp4"), "x");
        String key = EmbeddingCache.key("fp", clip, "pre", "reference", 0);
        assertNotEquals(key, EmbeddingCache.key("fp", clip, "pre", "reference", 1));
        assertNotEquals(key, EmbeddingCache.key("fp", clip, "other", "reference", 0));
        cache.put(key, new float[] {1, 2, 3});
        assertArrayEquals(new float[] {1, 2, 3}, cache.get(key, 3).orElseThrow());
        assertTrue(cache.get(key, 4).isEmpty());
        assertTrue(cache.get(EmbeddingCache.key("fp", clip, "pre", "reference", 7), 3).isEmpty());
    }
}
