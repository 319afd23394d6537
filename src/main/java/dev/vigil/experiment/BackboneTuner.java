package dev.vigil.experiment;

import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.BackboneStage;
import dev.vigil.backbone.ClipBatches;
import dev.vigil.backbone.DeviceUnavailableException;
import dev.vigil.backbone.TorchScriptBackbone;
import dev.vigil.backbone.TunedParameters;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.io.AtomicFiles;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.training.TrainingResult;
import dev.vigil.training.TrainingSession;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fine-tunes a TorchScript backbone of the models folder with the autoencoder: decodes the run's clips once, trains
 * both end to end ({@link BackboneStage}), keeps the tuned parameters and embeds every clip again.
 */
final class BackboneTuner implements BackboneTuning {

    private static final int EMBED_BATCH = 8;

    private final TorchScriptBackbone backbone;
    private final Dataset dataset;
    private final ExperimentSettings.FineTuning tuning;
    private final long seed;
    private final int threads;
    private final ProgressListener progress;
    private final CancellationToken token;

    private BackboneTuner(TorchScriptBackbone backbone, Dataset dataset, ExperimentSettings settings, int threads,
                          ProgressListener progress, CancellationToken token) {
        this.backbone = backbone;
        this.dataset = dataset;
        this.tuning = settings.fineTuning().orElseThrow();
        this.seed = settings.training().seed();
        this.threads = threads;
        this.progress = progress;
        this.token = token;
    }

    /**
     * Loads the backbone the config names with trainable parameters.
     *
     * @throws IOException     when its model file (the one with parameters) is not there
     * @throws ConfigException when {@code model.layer_start_unfreeze} lies beyond its parameters
     */
    static BackboneTuner open(BackboneRegistry registry, Dataset dataset, ExperimentConfig config, int threads,
                              ProgressListener progress, CancellationToken token) throws IOException {
        ExperimentSettings settings = config.settings();
        TorchScriptBackbone backbone;
        try {
            backbone = registry.openTrainable(settings.backbone(), settings.device());
        } catch (BackboneException e) {
            throw new IOException((e instanceof DeviceUnavailableException ? "model.device: " : "fine-tuning: ")
                    + e.getMessage(), e);
        }
        int count = backbone.parameterNames().size();
        int from = settings.fineTuning().orElseThrow().fromParameter();
        if (from >= count) {
            backbone.close();
            throw new ConfigException(null, List.of("model.layer_start_unfreeze: " + from + ", but backbone '"
                    + settings.backbone() + "' has " + count + " parameters (0.." + (count - 1) + ")"));
        }
        return new BackboneTuner(backbone, dataset, settings, threads, progress, token);
    }

    @Override
    public Tuned train(AutoencoderDetector autoencoder, List<Clip> clips, RunFolder folder, TrainingSession session,
                       boolean resume) throws IOException {
        ClipBatches batches = ClipBatches.prepare(backbone, dataset, clips, seed, threads, progress, token);
        BackboneStage stage = new BackboneStage(backbone, tuning.fromEpoch(), tuning.fromParameter(),
                tuning.rateFactor());
        TrainingResult result = autoencoder.train(stage, batches.subset(normal(clips, Split.TRAIN)),
                batches.subset(normal(clips, Split.VAL)), session, resume);
        float[][] embeddings;
        try {
            embeddings = batches.embedAll(EMBED_BATCH, token);
        } catch (BackboneException e) {
            throw new IOException(e.getMessage(), e);
        }
        AtomicFiles.write(folder.tunedBackboneFile(), out -> TunedParameters.write(backbone, tuning.fromParameter(),
                out));
        return new Tuned(result, embeddings);
    }

    private static int[] normal(List<Clip> clips, Split split) {
        return IntStream.range(0, clips.size()).filter(i -> clips.get(i).split() == split
                && !clips.get(i).isAnomaly()).toArray();
    }

    @Override
    public void close() {
        backbone.close();
    }
}
