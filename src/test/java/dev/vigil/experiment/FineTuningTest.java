package dev.vigil.experiment;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.BackboneStage;
import dev.vigil.backbone.ClipBatches;
import dev.vigil.backbone.TorchScriptBackbone;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.bundle.BundleScorer;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.RunBundles;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.ProgressListener;
import dev.vigil.training.BatchEvent;
import dev.vigil.training.EpochRecord;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.TrainingConfig;
import dev.vigil.training.TrainingListener;
import dev.vigil.training.TrainingResult;
import dev.vigil.training.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference's second configuration on the tiny TorchScript fixtures and real sample clips: the backbone's
 * parameters from an index on train from an epoch on, together with the autoencoder, on the CPU.
 */
class FineTuningTest {

    @TempDir
    static Path dir;

    static BackboneRegistry registry;
    static Path manifest;

    @BeforeAll
    static void data() throws IOException, URISyntaxException {
        registry = new BackboneRegistry(Path.of(FineTuningTest.class
                .getResource("/dev/vigil/backbone/fixtures/tiny_cthw.json").toURI()).getParent());
        manifest = SampleSubset.write(dir.resolve("data"), 2, 3, 1, 1, 1);
    }

    private static float[][] parameters(TorchScriptBackbone backbone) {
        return IntStream.range(0, backbone.parameterNames().size())
                .mapToObj(i -> backbone.parameter(i).getArray().toFloatArray()).toArray(float[][]::new);
    }

    @Test
    void unfreezingTrainsTheParametersFromTheIndexOnFromTheEpochOnAndTheLossFalls() throws Exception {
        Dataset dataset = Manifest.read(manifest);
        List<Clip> clips = dataset.clips();
        try (TorchScriptBackbone backbone = registry.openTrainable("tiny_cthw");
             AutoencoderDetector autoencoder = new AutoencoderDetector(new AutoencoderLayout(16, List.of(8, 4), 0.1),
                     new TrainingConfig(8, 2, 0.01, ScheduleConfig.constant(), 7))) {
            float[][] initial = parameters(backbone);
            ClipBatches batches = ClipBatches.prepare(backbone, dataset, clips, 0, 2, ProgressListener.NONE,
                    CancellationToken.none());
            int[] train = IntStream.range(0, clips.size()).filter(i -> clips.get(i).split() == Split.TRAIN).toArray();
            List<float[][]> afterEpoch = new ArrayList<>();
            TrainingListener snapshots = new TrainingListener() {
                @Override
                public void onEpoch(EpochRecord record, boolean best) {
                    afterEpoch.add(parameters(backbone));
                }
            };
            BackboneStage stage = new BackboneStage(backbone, 2, 2, 1.0);
            TrainingResult result = autoencoder.train(stage, batches.subset(train), batches.subset(new int[0]),
                    TrainingSession.plain().withListener(snapshots), false);

            for (int epoch = 0; epoch < 2; epoch++) {
                for (int p = 0; p < initial.length; p++) {
                    assertArrayEquals(initial[p], afterEpoch.get(epoch)[p], "epoch " + (epoch + 1)
                            + " is before epoch_start_unfreeze 2: parameter " + p + " stays");
                }
            }
            float[][] tuned = afterEpoch.get(afterEpoch.size() - 1);
            assertArrayEquals(initial[0], tuned[0], "features.conv.weight is before layer_start_unfreeze 2");
            assertArrayEquals(initial[1], tuned[1], "features.conv.bias is before layer_start_unfreeze 2");
            assertFalse(Arrays.equals(initial[2], tuned[2]), "features.proj.weight trains");
            assertFalse(Arrays.equals(initial[3], tuned[3]), "features.proj.bias trains");

            List<Double> losses = result.history().stream().map(EpochRecord::trainLoss).toList();
            assertTrue(losses.stream().allMatch(Double::isFinite), losses.toString());
            assertTrue(losses.get(losses.size() - 1) < losses.get(0) * 0.8, "the loss falls: " + losses);
            assertTrue(autoencoder.isFitted());
        }
    }

    private static ExperimentConfig config(String name, String backbone) {
        Map<String, Object> values = new HashMap<>();
        values.put("dataset.manifest", manifest.toString());
        values.put("model.saving_dir_experiments", dir.resolve("runs").toString());
        values.put("model.saving_dir_model", name);
        values.put("model.name_time_model", backbone);
        values.put("model.epoch_start_unfreeze", 1);
        values.put("model.layer_start_unfreeze", 2);
        values.put("model.backbone_lr_factor", 0.5);
        values.put("model.num_epoch", 4);
        values.put("model.learning_rate", 0.01);
        values.put("model.dim_autoencoder_layers", "8,4");
        values.put("model.num_autoencoder_layers", 2);
        values.put("dataset.batch_size", 2);
        return ExperimentConfig.defaults().with(values);
    }

    /** Cancels in a chosen epoch, at its second batch. */
    private static final class Stopper implements ExperimentPipeline.Listener {
        final CancellationToken token = new CancellationToken();
        final int epoch;
        Path folder;

        Stopper(int epoch) {
            this.epoch = epoch;
        }

        @Override
        public void onRunFolder(Path dir) {
            folder = dir;
        }

        @Override
        public void onBatch(BatchEvent event) {
            if (event.epoch() == epoch && event.batch() == 2) {
                token.cancel();
            }
        }
    }

    @Test
    void aFineTunedRunResumesFromItsCheckpointToTheSameResultAndItsBundleScoresAsTheRunDid() throws IOException {
        ExperimentPipeline pipeline = new ExperimentPipeline(new BackboneEmbedder(registry, null, 2));
        Stopper plain = new Stopper(-1);
        RunReport whole;
        try (ExperimentRun.Result result = pipeline.run(config("whole", "tiny_bn"), plain, plain.token)) {
            whole = result.report();
            assertEquals(4, result.training().orElseThrow().epochsDone());
        }
        byte[] tuned = Files.readAllBytes(plain.folder.resolve(RunFolder.TUNED_BACKBONE));

        Stopper stopping = new Stopper(3);
        assertThrows(CancelledException.class, () -> pipeline.run(config("stopped", "tiny_bn"), stopping,
                stopping.token));
        RunContents stopped = RunFolder.open(stopping.folder).read();
        assertTrue(stopped.resumable());
        assertEquals(2, stopped.history().size());
        Stopper resuming = new Stopper(-1);
        try (ExperimentRun.Result result = pipeline.resume(stopping.folder, resuming, resuming.token)) {
            assertEquals(whole.detectors(), result.report().detectors(),
                    "the backbone's parameters came back from the checkpoint with the autoencoder's");
        }
        assertArrayEquals(tuned, Files.readAllBytes(stopping.folder.resolve(RunFolder.TUNED_BACKBONE)));

        Path bundleFile = RunBundles.export(plain.folder, "autoencoder", null, dir.resolve("tuned.vigil"));
        ScoreTable scores = RunFolder.open(plain.folder).read().scores().orElseThrow();
        List<Path> files = scores.clips().stream().limit(3).map(c -> Path.of(c.path())).toList();
        try (DetectorBundle bundle = DetectorBundle.read(bundleFile);
             BundleScorer scorer = BundleScorer.open(bundle, registry)) {
            assertNotNull(bundle.tunedBackbone());
            List<BundleScorer.Scored> scored = scorer.score(files, null, 1, ProgressListener.NONE,
                    CancellationToken.none());
            double[] expected = scores.scores("autoencoder");
            for (int i = 0; i < files.size(); i++) {
                assertEquals(expected[i], scored.get(i).score(), Math.abs(expected[i]) * 1e-5,
                        "the bundle's tuned backbone embeds " + files.get(i) + " as the run did");
            }
        }
    }

    @Test
    void fineTuningIsRefusedWhereItCannotWorkAndTheMessageNamesTheKey() throws IOException {
        ConfigException builtin = assertThrows(ConfigException.class, () -> ExperimentConfig.defaults()
                .with("model.epoch_start_unfreeze", 2));
        assertTrue(builtin.getMessage().contains("model.epoch_start_unfreeze: the built-in backbones have no "
                + "parameters"), builtin.getMessage());
        ConfigException unfrozen = assertThrows(ConfigException.class, () -> ExperimentConfig.defaults()
                .with("model.freeze_layers", 0));
        assertTrue(unfrozen.getMessage().contains("model.freeze_layers 0: the built-in backbone"),
                unfrozen.getMessage());
        ConfigException late = assertThrows(ConfigException.class, () -> config("late", "tiny_cthw")
                .with("model.epoch_start_unfreeze", 4));
        assertTrue(late.getMessage().contains("model.epoch_start_unfreeze: 4 counts epochs from 0"),
                late.getMessage());
        ConfigException noAutoencoder = assertThrows(ConfigException.class, () -> config("knn", "tiny_cthw")
                .with("detectors.enabled", List.of("knn")));
        assertTrue(noAutoencoder.getMessage().contains("add autoencoder to detectors.enabled"),
                noAutoencoder.getMessage());

        ExperimentPipeline pipeline = new ExperimentPipeline(new BackboneEmbedder(registry, null, 2));
        Stopper listener = new Stopper(-1);
        ConfigException index = assertThrows(ConfigException.class, () -> pipeline.run(config("index", "tiny_cthw")
                .with("model.layer_start_unfreeze", 9), listener, listener.token));
        assertTrue(index.getMessage().contains("model.layer_start_unfreeze: 9, but backbone 'tiny_cthw' has 4 "
                + "parameters (0..3)"), index.getMessage());
    }
}
