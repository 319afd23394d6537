package dev.vigil.ui.longvideo;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;

/**
 * What long-video runs of the workbench use besides their settings: the backbones of the models folder and the
 * embedding cache (windows already embedded are not embedded again when a run is repeated with other settings).
 *
 * @param registry where backbones are found
 * @param cache    the window embedding cache, or null for none
 */
public record TimelineEngine(BackboneRegistry registry, EmbeddingCache cache) {

    /** The models folder found by the usual rule and the default cache. */
    public static TimelineEngine standard() {
        return new TimelineEngine(BackboneRegistry.locate(), EmbeddingCache.atDefaultLocation());
    }
}
