package dev.vigil.cli;

import dev.vigil.backbone.EmbeddingCache;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The embedding cache and decode workers of the commands that embed clips (a picocli mixin). */
final class EmbeddingOptions {

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Embedding cache; default: ~/.vigil/cache/embeddings (or -Dvigil.cache).")
    private Path cache;

    @Option(names = "--no-cache", description = "Neither read nor write the embedding cache.")
    private boolean noCache;

    @Option(names = "--threads", paramLabel = "N", description = "Decode workers; default: one per core.")
    private Integer threads;

    /** The cache to use, or null for none. */
    EmbeddingCache cache() {
        return noCache ? null : cache != null ? new EmbeddingCache(cache) : EmbeddingCache.atDefaultLocation();
    }

    int threads() {
        return threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : Math.max(1, threads);
    }
}
