package dev.vigil.cli;

import dev.vigil.backbone.EmbeddingCache;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The embedding cache options shared by the commands that embed videos. */
final class CacheOptions {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Embedding cache folder; default: ~/.vigil/cache/embeddings (or -Dvigil.cache).")
    private Path dir;

    @Option(names = "--no-cache", description = "Neither read nor write the embedding cache.")
    private boolean off;

    /** The cache chosen, or null for none. */
    EmbeddingCache open() {
        return off ? null : dir != null ? new EmbeddingCache(dir) : EmbeddingCache.atDefaultLocation();
    }
}
