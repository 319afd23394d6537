package dev.vigil.experiment;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.DeviceUnavailableException;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.backbone.EmbeddingExtractor;
import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.backbone.ModelCard;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.video.TensorLayout;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The embedding step of every experiment, for the command line and the workbench alike: opens the backbone the
 * config names ({@code model.name_time_model}) in a {@link BackboneRegistry} and embeds the dataset with an
 * {@link EmbeddingExtractor} through the embedding cache, so that a second run on the same clips costs no
 * extraction. Augmented views ({@code view} &gt; 0) are drawn from the config's {@code model.seed}.
 *
 * <p>The preprocessing is the backbone's own (its model card), with the resize method of {@code data.resize} when
 * the config names one; the run's config records it in {@code data.*} and the embedding size in
 * {@code model.init_dim}. A config that gives {@code model.init_dim} for another backbone is
 * refused with both sizes named.
 */
public final class BackboneEmbedder implements ExperimentPipeline.Embedder {

    private final BackboneRegistry registry;
    private final EmbeddingCache cache;
    private final int threads;

    /** One decode worker per core. @param cache where embeddings are kept between runs, or null for none */
    public BackboneEmbedder(BackboneRegistry registry, EmbeddingCache cache) {
        this(registry, cache, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param registry where backbones are found
     * @param cache    the embedding cache, or null for none
     * @param threads  decode workers (at least 1)
     */
    public BackboneEmbedder(BackboneRegistry registry, EmbeddingCache cache, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.registry = registry;
        this.cache = cache;
        this.threads = threads;
    }

    /** The models folder found by the usual rule, the default cache, one decode worker per core. */
    public static BackboneEmbedder standard() {
        return new BackboneEmbedder(BackboneRegistry.locate(), EmbeddingCache.atDefaultLocation());
    }

    public BackboneRegistry registry() {
        return registry;
    }

    @Override
    public ExperimentPipeline.Embedded embed(Dataset dataset, ExperimentConfig config, ProgressListener progress,
                                             CancellationToken token) throws IOException {
        ExperimentSettings settings = config.settings();
        try (Backbone backbone = registryFor(settings).open(settings.backbone(), settings.device())) {
            ModelCard card = backbone.card();
            checkEmbeddingSize(settings, card);
            checkResize(settings, card);
            EmbeddingSet set = EmbeddingExtractor.builder().setBackbone(backbone).optThreads(threads)
                    .optBatchSize(settings.training().batchSize()).optCache(cache)
                    .optAugmentationSeed(settings.training().seed())
                    .optProgressListener(progress).optCancellationToken(token).build().extract(dataset);
            List<String> failures = set.failures().stream().map(f -> describe(dataset, f.clip(), f.reason())).toList();
            List<String> notes = set.notes().stream().map(n -> describe(dataset, n.clip(), n.note())).toList();
            return new ExperimentPipeline.Embedded(set.clips(), set.matrix(), failures, facts(card), card, notes);
        } catch (DeviceUnavailableException e) {
            throw new IOException("model.device: " + e.getMessage(), e);
        } catch (BackboneException e) {
            throw new IOException("model.name_time_model: " + e.getMessage(), e);
        }
    }

    /** A {@link BackboneTuner} over this registry when the config fine-tunes its backbone. */
    @Override
    public BackboneTuning tuning(Dataset dataset, ExperimentConfig config, ProgressListener progress,
                                 CancellationToken token) throws IOException {
        if (config.settings().fineTuning().isEmpty()) {
            return null;
        }
        return BackboneTuner.open(registryFor(config.settings()), dataset, config, threads, progress, token);
    }

    /** The registry whose TorchScript cards carry the config's {@code data.resize}, when it names one. */
    BackboneRegistry registryFor(ExperimentSettings settings) {
        return settings.resize().map(registry::withResize).orElse(registry);
    }

    /** A built-in backbone describes frames FFmpeg scaled; asking it for the reference's resize is a mistake. */
    static void checkResize(ExperimentSettings settings, ModelCard card) {
        settings.resize().filter(method -> method != card.resize()).ifPresent(method -> {
            throw new ConfigException(null, List.of("data.resize: " + method.id() + ", but backbone '" + card.id()
                    + "' always takes frames scaled by FFmpeg (" + card.resize().id() + "); remove the key or "
                    + "choose a TorchScript backbone"));
        });
    }

    static void checkEmbeddingSize(ExperimentSettings settings, ModelCard card) {
        OptionalInt expected = settings.embeddingSize();
        if (expected.isPresent() && expected.getAsInt() != card.embeddingSize()) {
            throw new ConfigException(null, List.of("model.init_dim: " + expected.getAsInt() + ", but backbone '"
                    + card.id() + "' gives " + card.embeddingSize() + "-value embeddings (remove the key or set it"
                    + " to " + card.embeddingSize() + ")"));
        }
    }

    private static String describe(Dataset dataset, Clip clip, String text) {
        return dataset.resolve(clip) + (clip.view() > 0 ? " (view " + clip.view() + ")" : "") + ": " + text;
    }

    /** The config keys a backbone's card fixes, as the reference's configs name them. */
    static Map<String, Object> facts(ModelCard card) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("model.init_dim", card.embeddingSize());
        facts.put("data.num_frames_to_sample", card.frames());
        facts.put("data.mean", floats(card.mean()));
        facts.put("data.std", floats(card.std()));
        facts.put("data.min_size", card.trainShortSide()[0]);
        facts.put("data.max_size", card.trainShortSide()[1]);
        facts.put("data.resize_to", card.inputSize());
        facts.put("data.permute_color_frame", card.layout() == TensorLayout.TCHW ? 1 : 0);
        facts.put("data.resize", card.resize().id());
        if (card.isSlowFast()) {
            facts.put("data.alpha_slowfast", card.slowFastAlpha());
        }
        return facts;
    }

    private static double[] floats(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            // through the decimal text, so 0.45f is recorded as 0.45 and not 0.44999998807907104
            out[i] = Double.parseDouble(Float.toString(values[i]));
        }
        return out;
    }
}
