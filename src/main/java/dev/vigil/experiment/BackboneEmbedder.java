package dev.vigil.experiment;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ClipFailure;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.backbone.EmbeddingExtractor;
import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.backbone.ModelCard;
import dev.vigil.dataset.Dataset;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.video.TensorLayout;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link ExperimentPipeline.Embedder} of a real run: the backbone the config names, from the models folder's
 * registry, through the extraction pipeline with the embedding cache (so that a frozen backbone embeds each clip
 * once, and a resumed or repeated run pays nothing for it). The card's preprocessing facts are recorded in the run's
 * config.
 */
public final class BackboneEmbedder implements ExperimentPipeline.Embedder {

    private final BackboneRegistry registry;
    private final EmbeddingCache cache;

    /** @param cache where embeddings are kept between runs, or null for none */
    public BackboneEmbedder(BackboneRegistry registry, EmbeddingCache cache) {
        this.registry = registry;
        this.cache = cache;
    }

    /** The models folder found by the usual rule, and the cache at its usual place. */
    public static BackboneEmbedder standard() {
        return new BackboneEmbedder(BackboneRegistry.locate(), EmbeddingCache.atDefaultLocation());
    }

    @Override
    public ExperimentPipeline.Embedded embed(Dataset dataset, ExperimentConfig config, ProgressListener progress,
                                             CancellationToken token) throws IOException {
        ExperimentSettings settings = config.settings();
        try (Backbone backbone = registry.open(settings.backbone())) {
            EmbeddingSet set = EmbeddingExtractor.builder().setBackbone(backbone)
                    .optBatchSize(settings.training().batchSize()).optCache(cache)
                    .optAugmentationSeed(settings.training().seed()).optProgressListener(progress)
                    .optCancellationToken(token).build().extract(dataset);
            List<String> failures = set.failures().stream().map(BackboneEmbedder::describe).toList();
            return new ExperimentPipeline.Embedded(set.clips(), set.matrix(), failures, facts(backbone.card()));
        } catch (BackboneException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String describe(ClipFailure failure) {
        return failure.clip().key() + ": " + failure.reason();
    }

    /** What the card fixes, in the config's keys. */
    static Map<String, Object> facts(ModelCard card) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("model.init_dim", card.embeddingSize());
        facts.put("data.num_frames_to_sample", card.frames());
        facts.put("data.mean", floats(card.mean()));
        facts.put("data.std", floats(card.std()));
        facts.put("data.resize_to", card.inputSize());
        facts.put("data.min_size", card.trainShortSide()[0]);
        facts.put("data.max_size", card.trainShortSide()[1]);
        facts.put("data.permute_color_frame", card.layout() == TensorLayout.TCHW ? 1 : 0);
        if (card.isSlowFast()) {
            facts.put("data.alpha_slowfast", card.slowFastAlpha());
        }
        return facts;
    }

    private static List<Double> floats(float[] values) {
        return java.util.stream.IntStream.range(0, values.length).mapToObj(i -> (double) values[i]).toList();
    }
}
