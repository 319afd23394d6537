package dev.vigil.timeline;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.progress.CancellationToken;
import dev.vigil.video.FrameSourceOpener;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The embeddings of a video's windows: those in the embedding cache are read back, the others are computed in one
 * {@link WindowStream streaming pass} and stored. A window's cache key covers the backbone (card, version, model
 * hash), the file (path, size, modification time), the evaluation preprocessing and the window's frame range, so
 * a changed file or setting is recomputed, and a window shared by two window settings is computed once.
 */
public final class WindowEmbedder {

    private static final Logger LOG = LoggerFactory.getLogger(WindowEmbedder.class);

    private final Backbone backbone;
    private final Preprocessing preprocessing;
    private final EmbeddingCache cache;
    private final String fingerprint;
    private final WindowStream stream;

    /**
     * @param cache   where window embeddings are kept; null for none
     * @param workers threads that prepare windows
     * @param batch   windows per forward pass
     */
    public WindowEmbedder(Backbone backbone, EmbeddingCache cache, int workers, int batch, CancellationToken token) {
        this.backbone = backbone;
        this.preprocessing = backbone.card().evalPreprocessing();
        this.stream = new WindowStream(backbone, workers, batch, 1, token);
        String print = null;
        if (cache != null) {
            try {
                print = cache.fingerprint(backbone);
            } catch (IOException e) {
                LOG.warn("cannot fingerprint backbone {} ({}); going on without the cache", backbone.card().id(),
                        e.getMessage());
            }
        }
        this.cache = print == null ? null : cache;
        this.fingerprint = print;
    }

    public Backbone backbone() {
        return backbone;
    }

    /**
     * Embeds the given windows of a video (ordered by first frame).
     *
     * @param framesDone told how many more of the video's {@code info.frameCount()} frames are done, so that the
     *                   counts add up to the frame count for a video read from start to end
     */
    public StreamStats embed(VideoInfo info, List<FrameWindow> windows, WindowSink sink, LongConsumer framesDone)
            throws VideoException, BackboneException {
        return embed(info, FrameSourceOpener.file(info.file(), stream.decodeThreads()), windows, sink, framesDone);
    }

    /**
     * As {@link #embed(VideoInfo, List, WindowSink, LongConsumer)} with the frames a source delivers, e.g. the
     * file from a seek point for a part of the video handled on its own (every window starts at or after it).
     */
    public StreamStats embed(VideoInfo info, FrameSourceOpener source, List<FrameWindow> windows, WindowSink sink,
                             LongConsumer framesDone) throws VideoException, BackboneException {
        List<FrameWindow> todo = new ArrayList<>();
        Map<FrameWindow, String> keys = new HashMap<>();
        int cached = 0;
        for (FrameWindow window : windows) {
            String key = key(info, window);
            float[] hit = key == null ? null : cache.get(key, backbone.card().embeddingSize()).orElse(null);
            if (hit != null) {
                sink.accept(window, hit);
                cached++;
            } else {
                todo.add(window);
                if (key != null) {
                    keys.put(window, key);
                }
            }
        }
        if (todo.isEmpty()) {
            framesDone.accept(Math.max(0, info.frameCount()));
            return StreamStats.allCached(cached);
        }
        StreamStats stats = stream.run(info, source, todo, (window, embedding) -> {
            String key = keys.get(window);
            if (key != null) {
                cache.put(key, embedding);
            }
            sink.accept(window, embedding);
        }, framesDone);
        // frames after the last window still to compute were not decoded: count them done all the same
        framesDone.accept(Math.max(0, info.frameCount() - stats.framesDecoded()));
        return stats.withCached(cached);
    }

    private String key(VideoInfo info, FrameWindow window) {
        if (cache == null) {
            return null;
        }
        try {
            return EmbeddingCache.key(fingerprint, info.file(), preprocessing.toString(), window.key(), 0);
        } catch (IOException e) {
            // the file cannot be read: decoding fails with the reason
            return null;
        }
    }
}
