package dev.vigil.experiment;

import dev.vigil.backbone.ModelCard;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.io.OutputPaths;
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
import java.util.stream.Collectors;

/**
 * A whole experiment from its config: read the dataset's manifest, embed every clip, then fit, score and evaluate
 * through {@link ExperimentRun} in a new run folder. This is what the workbench's Train button runs:
 * {@code new ExperimentPipeline(BackboneEmbedder.standard()).run(config, listener, token)}.
 *
 * <p>Embedding is a step of its own ({@link Embedder}; {@link BackboneEmbedder} for real runs: the registry's
 * backbones through the extraction pipeline and the embedding cache), so that tests of what follows can give
 * embeddings of their own; the pipeline hands over the dataset, progress and the cancel token. When the config
 * fine-tunes its backbone (the reference's second configuration), the embedder's {@link Embedder#tuning} trains the
 * backbone with the autoencoder ({@link BackboneTuning}) and every detector then works on the tuned embeddings.
 *
 * <p>A cancel stops at the next clip or batch: the run folder then holds the config and, once training started,
 * the history so far and a latest checkpoint. {@link #resume} finishes such a run; embeddings come back from the
 * cache, so resuming does not pay for extraction twice.
 */
public final class ExperimentPipeline {

    /** Progress stages, as {@link Progress#stage()} names them. */
    public static final String EXTRACT = "extract";
    public static final String DETECTORS = "detectors";
    /** Decoding clips for fine-tuning (one step per clip), before the backbone trains with the autoencoder. */
    public static final String DECODE = "decode";

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

        /**
         * The fine-tuning of the config's backbone, when the config asks for it ({@code model.freeze_layers} 0 or
         * {@code model.epoch_start_unfreeze}); null when the backbone stays frozen. By default an embedder cannot
         * fine-tune.
         *
         * @param progress decoding progress, stage "decode"
         * @throws ConfigException when fine-tuning is asked for but cannot be done with this backbone
         */
        default BackboneTuning tuning(Dataset dataset, ExperimentConfig config, ProgressListener progress,
                                      CancellationToken token) throws IOException {
            if (config.settings().fineTuning().isPresent()) {
                throw new ConfigException(null, List.of("model.freeze_layers: these embeddings come without a "
                        + "backbone that can be fine-tuned; set model.freeze_layers to 1"));
            }
            return null;
        }
    }

    /**
     * Embeddings of a dataset.
     *
     * @param clips      the clips embedded, in manifest order
     * @param embeddings one row per clip
     * @param failures   "clip path: reason" for each clip that could not be embedded
     * @param facts      config keys the backbone fixes ({@code model.init_dim}, {@code data.*}), to record in the
     *                   run's config
     * @param card       the backbone's model card, kept in the run folder so that a bundle can be made from the run;
     *                   null when the embeddings do not come from a backbone
     * @param notes      "clip path: note" for each clip embedded with a note on how
     */
    public record Embedded(List<Clip> clips, float[][] embeddings, List<String> failures, Map<String, Object> facts,
                           ModelCard card, List<String> notes) {

        public Embedded {
            clips = List.copyOf(clips);
            failures = List.copyOf(failures);
            facts = Map.copyOf(facts);
            notes = List.copyOf(notes);
        }

        public Embedded(List<Clip> clips, float[][] embeddings, List<String> failures, Map<String, Object> facts,
                        ModelCard card) {
            this(clips, embeddings, failures, facts, card, List.of());
        }

        public Embedded(List<Clip> clips, float[][] embeddings, List<String> failures, Map<String, Object> facts) {
            this(clips, embeddings, failures, facts, null);
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

        /** A clip embedded with a note on how ({@link dev.vigil.backbone.ClipNote}), "path: note". */
        default void onClipNoted(String note) {
        }
    }

    /**
     * Runs an experiment into a new run folder {@code saving_dir_experiments/saving_dir_model} (a free name
     * derived from the dataset's folder when the config names none).
     */
    public ExperimentRun.Result run(ExperimentConfig config, Listener listener, CancellationToken token)
            throws IOException {
        ExperimentSettings settings = config.settings();
        Path runs = Path.of(settings.runsDir());
        Path manifest = manifest(settings);
        Dataset dataset = Manifest.read(manifest);
        requireTrainRows(dataset, manifest);
        OutputPaths.folderProblem(runs).ifPresent(problem -> {
            throw new ConfigException(null, List.of("model.saving_dir_experiments: " + problem));
        });
        Files.createDirectories(runs);
        String name = settings.runName().orElse(RunFolder.freeName(runs, dataset.root().getFileName() + "-run"));
        RunFolder folder = RunFolder.create(runs, name);
        ExperimentConfig named = config.with("model.saving_dir_model", name);
        folder.writeConfig(named);
        RunInputs.write(folder.dir(), dataset);
        listener.onRunFolder(folder.dir());
        Embedded embedded = embed(dataset, named, folder, listener, token);
        ExperimentConfig recorded = named.with(embedded.facts());
        try (BackboneTuning tuning = embedder.tuning(dataset, recorded, listener::onProgress, token)) {
            listener.onStage("train", (tuning == null ? "Fitting " : "Fine-tuning the backbone with the autoencoder"
                    + " and fitting ") + settings.detectors().size() + " detectors on " + embedded.clips().size()
                    + " clips");
            return ExperimentRun.run(recorded, embedded.clips(), embedded.embeddings(), folder,
                    session(listener, token), listener::onProgress, tuning);
        }
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
        RunInputs.checkUnchanged(folder.dir(), dataset);
        Embedded embedded = embed(dataset, config, folder, listener, token);
        ExperimentConfig recorded = config.with(embedded.facts());
        TrainingSession session = session(listener, token);
        try (BackboneTuning tuning = embedder.tuning(dataset, recorded, listener::onProgress, token)) {
            if (contents.resumable()) {
                listener.onStage("train", "Resuming from epoch " + contents.history().size());
                if (!recorded.equals(config)) {
                    folder.writeConfig(recorded);
                }
                return ExperimentRun.resume(folder, embedded.clips(), embedded.embeddings(), session,
                        listener::onProgress, tuning);
            }
            listener.onStage("train", "Starting over: the run stopped before its first checkpoint");
            return ExperimentRun.run(recorded, embedded.clips(), embedded.embeddings(), folder, session,
                    listener::onProgress, tuning);
        }
    }

    /** The detectors learn from the train split: without it nothing can be trained, so say so before any work. */
    private static void requireTrainRows(Dataset dataset, Path manifest) throws IOException {
        if (dataset.clips().isEmpty()) {
            throw new IOException("manifest " + manifest + ": no clips (only a header?)");
        }
        if (dataset.split(Split.TRAIN).isEmpty()) {
            throw new IOException("manifest " + manifest + ": no clip in the train split, which the detectors learn"
                    + " from (splits: " + dataset.clips().stream().map(c -> c.split().toString()).distinct().sorted()
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    private Embedded embed(Dataset dataset, ExperimentConfig config, RunFolder folder, Listener listener,
                           CancellationToken token) throws IOException {
        listener.onStage(EXTRACT, "Embedding " + dataset.clips().size() + " clips with "
                + config.settings().backbone());
        token.throwIfCancelled();
        Embedded embedded = embedder.embed(dataset, config, listener::onProgress, token);
        embedded.failures().forEach(listener::onClipFailed);
        embedded.notes().forEach(listener::onClipNoted);
        if (embedded.clips().isEmpty()) {
            throw new IOException("no clip of " + dataset.root() + " could be embedded"
                    + (embedded.failures().isEmpty() ? "" : " (first problem: " + embedded.failures().get(0) + ")"));
        }
        if (embedded.card() != null) {
            folder.writeBackbone(embedded.card());
        }
        return embedded;
    }

    private static TrainingSession session(Listener listener, CancellationToken token) {
        return TrainingSession.plain().withListener(listener).withCancellation(token);
    }

    /** The config's manifest, else {@code dataset_path/manifest.csv}; a missing one is named by its key. */
    static Path manifest(ExperimentSettings settings) {
        if (settings.manifest().isPresent()) {
            Path file = Path.of(settings.manifest().get());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(null, List.of("dataset.manifest: " + file + ": no such file"));
            }
            return file;
        }
        Path file = Path.of(settings.datasetPath()).resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(null, List.of("dataset.dataset_path: " + settings.datasetPath() + " has no "
                    + Manifest.FILE_NAME + " (give dataset.manifest, or prepare the folder first)"));
        }
        return file;
    }
}
