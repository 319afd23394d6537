package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;
import dev.vigil.training.TrainingListener;
import dev.vigil.training.TrainingSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A whole experiment from its config: read the dataset's manifest, embed every clip, then fit, score and evaluate
 * through {@link ExperimentRun} in a new run folder. This is what the workbench's Train button runs:
 * {@code new ExperimentPipeline(BackboneEmbedder.standard()).run(config, listener, token)}.
 *
 * <p>Embedding is a step of its own ({@link Embedder}; {@link BackboneEmbedder} for real runs: the registry's
 * backbones through the extraction pipeline and the embedding cache), so that tests of what follows can give
 * embeddings of their own; the pipeline hands over the dataset, progress and the cancel token.
 *
 * <p>A cancel stops at the next clip or batch: the run folder then holds the config and, once training started,
 * the history so far and a latest checkpoint. {@link #resume} finishes such a run; embeddings come back from the
 * cache, so resuming does not pay for extraction twice.
 */
public final class ExperimentPipeline {

    /** Progress stages, as {@link Progress#stage()} names them. */
    public static final String EXTRACT = "extract";
    public static final String DETECTORS = "detectors";

    private final Embedder embedder;

    public ExperimentPipeline(Embedder embedder) {
        this.embedder = embedder;
    }

    /**
     * Turns the clips of a dataset into embeddings with the backbone a config names.
     */
    @FunctionalInterface
    public interface Embedder {

        /**
         * @param progress one step per clip, stage {@link #EXTRACT}
         * @return the embedded clips (those that failed are left out and named in {@code failures})
         * @throws IOException when the backbone cannot be used at all
         * @throws dev.vigil.progress.CancelledException when cancelled
         */
        Embedded embed(Dataset dataset, ExperimentConfig config, ProgressListener progress, CancellationToken token)
                throws IOException;
    }

    /**
     * Embeddings of a dataset.
     *
     * @param clips      the clips embedded, in manifest order
     * @param embeddings one row per clip
     * @param failures   "clip path: reason" for each clip that could not be embedded
     * @param facts      config keys the backbone fixes ({@code model.init_dim}, {@code data.*}), to record in the
     *                   run's config
     */
    public record Embedded(List<Clip> clips, float[][] embeddings, List<String> failures, Map<String, Object> facts) {

        public Embedded {
            clips = List.copyOf(clips);
            failures = List.copyOf(failures);
            facts = Map.copyOf(facts);
        }
    }

    /** Hears how a pipeline goes: on the pipeline's thread, so a UI must hand the calls over to its own. */
    public interface Listener extends TrainingListener {

        /** The run folder exists (before anything long starts): where to resume from after a cancel. */
        default void onRunFolder(Path dir) {
        }

        /** A stage begins: {@link #EXTRACT}, "train", {@link #DETECTORS}. */
        default void onStage(String stage, String message) {
        }

        /** Progress of extraction (per clip) or of the detectors (per detector). */
        default void onProgress(Progress progress) {
        }

        /** A clip that could not be embedded, "path: reason"; the run goes on without it. */
        default void onClipFailed(String failure) {
        }
    }

    /**
     * Runs an experiment into a new run folder {@code saving_dir_experiments/saving_dir_model} (a free name
     * derived from the dataset's folder when the config names none).
     */
    public ExperimentRun.Result run(ExperimentConfig config, Listener listener, CancellationToken token)
            throws IOException {
        checkSupported(config);
        ExperimentSettings settings = config.settings();
        Path runs = Path.of(settings.runsDir());
        Dataset dataset = Manifest.read(manifest(settings));
        Files.createDirectories(runs);
        String name = settings.runName().orElse(RunFolder.freeName(runs, dataset.root().getFileName() + "-run"));
        RunFolder folder = RunFolder.create(runs, name);
        ExperimentConfig named = config.with("model.saving_dir_model", name);
        folder.writeConfig(named);
        listener.onRunFolder(folder.dir());
        Embedded embedded = embed(dataset, named, listener, token);
        ExperimentConfig recorded = named.with(embedded.facts());
        listener.onStage("train", "Fitting " + settings.detectors().size() + " detectors on "
                + embedded.clips().size() + " clips");
        return ExperimentRun.run(recorded, embedded.clips(), embedded.embeddings(), folder, session(listener, token),
                listener::onProgress);
    }

    /**
     * Finishes a run that was cancelled or interrupted: from the latest checkpoint when training had begun, else
     * from the start, in the same folder.
     */
    public ExperimentRun.Result resume(Path runDir, Listener listener, CancellationToken token) throws IOException {
        RunFolder folder = RunFolder.open(runDir);
        RunContents contents = folder.read();
        ExperimentConfig config = contents.config();
        listener.onRunFolder(folder.dir());
        Dataset dataset = Manifest.read(manifest(config.settings()));
        Embedded embedded = embed(dataset, config, listener, token);
        ExperimentConfig recorded = config.with(embedded.facts());
        TrainingSession session = session(listener, token);
        if (contents.resumable()) {
            listener.onStage("train", "Resuming from epoch " + contents.history().size());
            if (!recorded.equals(config)) {
                folder.writeConfig(recorded);
            }
            return ExperimentRun.resume(folder, embedded.clips(), embedded.embeddings(), session, listener::onProgress);
        }
        listener.onStage("train", "Starting over: the run stopped before its first checkpoint");
        return ExperimentRun.run(recorded, embedded.clips(), embedded.embeddings(), folder, session,
                listener::onProgress);
    }

    /**
     * Refuses what this pipeline cannot do rather than doing something else: it trains on embeddings computed once
     * by a frozen backbone, so a config that fine-tunes the backbone ({@code model.freeze_layers: 0}) is refused.
     *
     * @throws ConfigException naming the key
     */
    public static void checkSupported(ExperimentConfig config) {
        if (!config.settings().frozenBackbone()) {
            throw new ConfigException(null, List.of("model.freeze_layers: 0 (fine-tune the backbone) is not "
                    + "supported: runs train on embeddings of a frozen backbone, computed once and cached; set it to 1"));
        }
    }

    private Embedded embed(Dataset dataset, ExperimentConfig config, Listener listener, CancellationToken token)
            throws IOException {
        listener.onStage(EXTRACT, "Embedding " + dataset.clips().size() + " clips with "
                + config.settings().backbone());
        token.throwIfCancelled();
        Embedded embedded = embedder.embed(dataset, config, listener::onProgress, token);
        embedded.failures().forEach(listener::onClipFailed);
        if (embedded.clips().isEmpty()) {
            throw new IOException("no clip of " + dataset.root() + " could be embedded"
                    + (embedded.failures().isEmpty() ? "" : " (first problem: " + embedded.failures().get(0) + ")"));
        }
        return embedded;
    }

    private static TrainingSession session(Listener listener, CancellationToken token) {
        return TrainingSession.plain().withListener(listener).withCancellation(token);
    }

    /** The config's manifest, else {@code dataset_path/manifest.csv}. */
    static Path manifest(ExperimentSettings settings) {
        return settings.manifest().map(Path::of).orElse(Path.of(settings.datasetPath()).resolve(Manifest.FILE_NAME));
    }
}
