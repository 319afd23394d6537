package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneKind;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ClipFailure;
import dev.vigil.backbone.ClipNote;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.backbone.EmbeddingExtractor;
import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.backbone.ModelCard;
import dev.vigil.backbone.ModelCards;
import dev.vigil.backbone.TorchScriptBackbone;
import dev.vigil.backbone.TunedParameters;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Split;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link DetectorBundle} to new videos: opens the backbone its card names (the built-in one, or a
 * TorchScript model of the models folder, with the tuned parameters of a fine-tuned bundle on top), embeds each
 * video as the run embedded its clips, and scores it with the bundle's detector against its threshold. A video
 * that cannot be embedded is reported with its reason and the others go on.
 */
public final class BundleScorer implements AutoCloseable {

    private final DetectorBundle bundle;
    private final Backbone backbone;

    private BundleScorer(DetectorBundle bundle, Backbone backbone) {
        this.bundle = bundle;
        this.backbone = backbone;
    }

    /**
     * One video's outcome.
     *
     * @param file    the video
     * @param score   the detector's score, NaN when the video failed
     * @param anomaly true when the score is at or above the bundle's threshold
     * @param failure why the video could not be scored, or null
     * @param note    what the decoding of a scored video noted (a damaged or truncated stream), or null
     */
    public record Scored(Path file, double score, boolean anomaly, String failure, String note) {

        public Scored(Path file, double score, boolean anomaly, String failure) {
            this(file, score, anomaly, failure, null);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /**
     * Opens the backbone a bundle needs.
     *
     * @throws IOException naming the backbone and what is missing or different: a TorchScript model that is not in
     *                     the models folder (and how to make it), a card that differs from the bundle's, a built-in
     *                     descriptor of another version
     */
    public static BundleScorer open(DetectorBundle bundle, BackboneRegistry registry) throws IOException {
        ModelCard card = ModelCards.fromRecordedJson(bundle.backbone().toString(),
                "backbone.json of bundle " + bundle.name());
        if (bundle.detector().dimension() != card.embeddingSize()) {
            throw new IOException("bundle " + bundle.name() + ": its detector takes " + bundle.detector().dimension()
                    + "-value embeddings, its backbone '" + card.id() + "' gives " + card.embeddingSize());
        }
        return new BundleScorer(bundle, openBackbone(bundle.name(), bundle.backbone(), bundle.tunedBackbone(),
                registry));
    }

    /**
     * Opens the backbone a bundle's card names, for either kind of bundle.
     *
     * @param name     the bundle's name, for errors
     * @param recorded the bundle's backbone.json: the card with the version of its computation
     * @param tuned    fine-tuned parameters to apply over a TorchScript model, or null
     * @throws IOException naming the backbone and what is missing or different (see {@link #open})
     */
    static Backbone openBackbone(String name, ObjectNode recorded, byte[] tuned, BackboneRegistry registry)
            throws IOException {
        ModelCard card = ModelCards.fromRecordedJson(recorded.toString(), "backbone.json of bundle " + name);
        String version = recorded.path("version").asText("");
        try {
            if (card.kind() == BackboneKind.BUILTIN) {
                String computed = BackboneRegistry.builtinVersion(card.id()).orElseThrow(() -> new IOException(
                        "bundle " + name + " names a built-in backbone '" + card.id() + "' this Vigil does "
                                + "not know"));
                if (!version.equals(computed)) {
                    throw new IOException("bundle " + name + " was made with the built-in descriptor '"
                            + card.id() + "' version '" + version + "', this Vigil computes '" + computed
                            + "': its scores would not mean the same; train and export it again");
                }
                return registry.open(card.id());
            }
            // the bundle's resize method, not the local card's: its threshold was set on embeddings made that way
            return torchScript(name, card, tuned, registry.withResize(card.resize()));
        } catch (BackboneException e) {
            throw new IOException("bundle " + name + ": " + e.getMessage(), e);
        }
    }

    private static Backbone torchScript(String name, ModelCard card, byte[] tunedParameters,
                                        BackboneRegistry registry) throws IOException, BackboneException {
        BackboneRegistry.Entry entry = registry.entries().stream().filter(e -> e.card().id().equals(card.id()))
                .findFirst().orElseThrow(() -> new IOException("bundle " + name + " needs the TorchScript "
                        + "backbone '" + card.id() + "' (" + card.name() + "), which is not in the models folder ("
                        + registry.modelsDir().map(Path::toString).orElse("none found; use -Dvigil.models=DIR")
                        + "): put " + card.id() + ".json and " + card.file() + " there"));
        if (!entry.available()) {
            throw new IOException("bundle " + name + " needs the TorchScript backbone '" + card.id()
                    + "', whose model file " + entry.modelFile() + " is missing; make it with: " + entry.howToGet());
        }
        String difference = difference(card, entry.card());
        if (difference != null) {
            throw new IOException("bundle " + name + ": the model card of '" + card.id() + "' in "
                    + registry.modelsDir().orElseThrow() + " differs from the bundle's (" + difference + ")");
        }
        if (tunedParameters == null) {
            return registry.open(card.id());
        }
        TorchScriptBackbone tuned = registry.openTrainable(card.id());
        try {
            // frozen first: writing into a parameter that records gradients is refused on threads where PyTorch's
            // gradient recording is on
            tuned.trainFrom(tuned.parameterNames().size());
            TunedParameters.read(tuned, new ByteArrayInputStream(tunedParameters));
            return tuned;
        } catch (IOException | RuntimeException e) {
            tuned.close();
            throw new IOException("bundle " + name + ": its fine-tuned backbone parameters do not fit "
                    + entry.modelFile() + " (" + e.getMessage() + ")", e);
        }
    }

    /** What differs between two cards in what the embeddings depend on, or null. */
    static String difference(ModelCard bundled, ModelCard local) {
        if (bundled.embeddingSize() != local.embeddingSize()) {
            return "embedding size " + bundled.embeddingSize() + " against " + local.embeddingSize();
        }
        if (bundled.frames() != local.frames() || bundled.inputSize() != local.inputSize()
                || bundled.layout() != local.layout() || bundled.slowFastAlpha() != local.slowFastAlpha()) {
            return "input " + bundled + " against " + local;
        }
        if (!Arrays.equals(bundled.mean(), local.mean()) || !Arrays.equals(bundled.std(), local.std())) {
            return "normalisation mean/std differ";
        }
        return null;
    }

    /** The backbone in use, e.g. for "scoring with ... on cpu()". */
    public Backbone backbone() {
        return backbone;
    }

    /**
     * Scores videos, in the order given (a file listed twice is scored once).
     *
     * @param cache embedding cache for a frozen backbone, or null; a fine-tuned one never uses it
     */
    public List<Scored> score(List<Path> videos, EmbeddingCache cache, int threads, ProgressListener progress,
                              CancellationToken token) throws IOException {
        List<Path> files = videos.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        List<Clip> clips = new ArrayList<>();
        for (Path file : files) {
            clips.add(new Clip(file.toString(), 0, "", Split.TEST));
        }
        EmbeddingSet set;
        try {
            set = EmbeddingExtractor.builder().setBackbone(backbone).optThreads(threads)
                    .optCache(bundle.tunedBackbone() == null ? cache : null).optProgressListener(progress)
                    .optCancellationToken(token).build().extract(new Dataset(Path.of("").toAbsolutePath(), clips));
        } catch (BackboneException e) {
            throw new IOException(e.getMessage(), e);
        }
        double[] scores = set.size() == 0 ? new double[0] : bundle.detector().score(set.matrix());
        Map<String, Double> byPath = new HashMap<>();
        for (int i = 0; i < set.size(); i++) {
            byPath.put(set.clips().get(i).path(), scores[i]);
        }
        Map<String, String> failures = new HashMap<>();
        for (ClipFailure failure : set.failures()) {
            failures.put(failure.clip().path(), failure.reason());
        }
        Map<String, String> notes = new HashMap<>();
        for (ClipNote note : set.notes()) {
            notes.put(note.clip().path(), note.note());
        }
        List<Scored> out = new ArrayList<>();
        for (Path file : files) {
            Double score = byPath.get(file.toString());
            out.add(score == null ? new Scored(file, Double.NaN, false, failures.getOrDefault(file.toString(),
                    "not embedded")) : new Scored(file, score, bundle.isAnomaly(score), null,
                    notes.get(file.toString())));
        }
        return out;
    }

    @Override
    public void close() {
        backbone.close();
    }
}
