package dev.vigil.experiment.config;

import dev.vigil.detector.AutoencoderDetector;
import dev.vigil.detector.Detector;
import dev.vigil.detector.DetectorKind;
import dev.vigil.detector.GaussianDetector;
import dev.vigil.detector.KnnDetector;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentConfigTest {

    /** A config in the reference's layout, as its configs/timesformer/version_1.yaml is written. */
    static final String REFERENCE_YAML = """
            dataset:
              dataset_path: dataset/ucf_action_grouped_augmented_ttv_mp4
              path_dataset_train_csv: dataset/ucf_action_grouped_augmented_ttv_mp4/df_train.csv
              path_dataset_val_csv: dataset/ucf_action_grouped_augmented_ttv_mp4/df_val.csv
              path_dataset_test_csv: dataset/ucf_action_grouped_augmented_ttv_mp4/df_test.csv
              path_dataset_anomaly_csv: dataset/ucf_action_grouped_augmented_ttv_mp4/df_anomaly.csv
              batch_size: 8
            model:
              name_time_model: timesformer # timesformer - r2plus1d_18 - r3d
              init_dim: 768
              num_autoencoder_layers: 3 # 2 or 3
              dim_autoencoder_layers: 512,256,128 #512,256,128
              freeze_layers: 1
              #epoch_start_unfreeze: 0
              layer_start_unfreeze: 0
              saving_dir_experiments: results_train_autoencoder/timesformer/
              saving_dir_model: v1
              num_epoch: 30
              learning_rate: 0.001
              scheduler_type: StepLR
              scheduler_step_size: 10
              lr_factor: 0.1
              dropout: 0.3
              do_train: 0
              do_test: 1
              number_of_classes: 7
            data:
              num_frames_to_sample: 8
              mean: [0.45, 0.45, 0.45]
              std: [0.225, 0.225, 0.225]
              min_size: 256
              max_size: 320
              resize_to: 224
              permute_color_frame: 1 # 1 for timesformer - 0 for r2plus1d_18 - 0 for r3d
            """;

    @TempDir
    Path dir;

    @Test
    void aReferenceConfigLoadsAsItIs() {
        ExperimentSettings s = ExperimentConfig.parse(REFERENCE_YAML, ConfigFormat.YAML, "version_1.yaml").settings();
        assertEquals("timesformer", s.backbone());
        assertEquals(768, s.embeddingSize().orElseThrow());
        assertEquals(new TrainingConfig(30, 8, 0.001, ScheduleConfig.step(10, 0.1), 42), s.training());
        assertEquals(List.of(512, 256, 128), s.layout(768).encoderSizes());
        assertEquals(0.3, s.layout(768).dropout());
        assertEquals(8, s.frames());
        assertArrayEquals(new double[] {0.45, 0.45, 0.45}, s.mean());
        assertEquals(224, s.resizeTo());
        assertTrue(s.framesFirst());
        assertTrue(s.frozenBackbone());
        assertTrue(s.epochStartUnfreeze().isEmpty());
        assertFalse(s.train());
        assertEquals("v1", s.runName().orElseThrow());
        assertEquals("results_train_autoencoder/timesformer/", s.runsDir());
        assertEquals(List.of(DetectorKind.values()), s.detectors(), "Vigil's detectors default to all four");
    }

    @Test
    void jsonAndYamlRoundTrip() throws IOException {
        ExperimentConfig config = ExperimentConfig.parse(REFERENCE_YAML, ConfigFormat.YAML, null)
                .with("detectors.gaussian_shrinkage", 0.25)
                .with("model.scheduler_type", "reducelronplateau")
                .with("model.epoch_start_unfreeze", 20);
        for (String name : List.of("config.json", "config.yaml", "config.yml")) {
            Path file = dir.resolve(name);
            config.write(file);
            assertEquals(config, ExperimentConfig.read(file), name);
        }
        String yaml = Files.readString(dir.resolve("config.yaml"));
        assertTrue(yaml.startsWith("dataset:\n"), yaml);
        assertTrue(yaml.contains("  dim_autoencoder_layers: \"512,256,128\"\n"), "a string, as the reference reads it: " + yaml);
        assertTrue(yaml.contains("  scheduler_type: ReduceLROnPlateau\n"), "canonical spelling: " + yaml);
        assertEquals(ExperimentConfig.defaults(),
                ExperimentConfig.parse(ExperimentConfig.defaults().toText(ConfigFormat.JSON), ConfigFormat.JSON, null));
    }

    @Test
    void problemsNameTheKeyAndWhatIsAllowed() {
        String yaml = REFERENCE_YAML.replace("num_epoch: 30", "num_epochs: 30")
                .replace("scheduler_type: StepLR", "scheduler_type: Step")
                .replace("batch_size: 8", "batch_size: eight")
                .replace("dropout: 0.3", "dropout: 1.5")
                + "training:\n  epochs: 3\n";
        ConfigException e = assertThrows(ConfigException.class,
                () -> ExperimentConfig.parse(yaml, ConfigFormat.YAML, "bad.yaml"));
        List<String> problems = e.problems();
        assertEquals(5, problems.size(), String.join("\n", problems));
        assertTrue(e.getMessage().startsWith("config bad.yaml: 5 problems"), e.getMessage());
        assertTrue(has(problems, "training: unknown section (allowed: dataset, model, data, detectors)"), problems.toString());
        assertTrue(has(problems, "model.num_epochs: unknown key (did you mean num_epoch?) (allowed: name_time_model,"),
                problems.toString());
        assertTrue(has(problems, "model.scheduler_type: 'Step' is not allowed (allowed: Constant, StepLR, "
                + "ReduceLROnPlateau, CosineAnnealingLR, CosineAnnealingWarmRestarts)"), problems.toString());
        assertTrue(has(problems, "dataset.batch_size: must be a number, got 'eight'"), problems.toString());
        assertTrue(has(problems, "model.dropout: must be in [0, 1), got 1.5"), problems.toString());
    }

    @Test
    void rulesAcrossKeysAreChecked() {
        ConfigException layers = assertThrows(ConfigException.class,
                () -> ExperimentConfig.defaults().with("model.num_autoencoder_layers", 4));
        assertTrue(layers.getMessage().contains("model.num_autoencoder_layers: 4, but model.dim_autoencoder_layers "
                + "lists only 3 sizes"), layers.getMessage());
        ConfigException manual = assertThrows(ConfigException.class,
                () -> ExperimentConfig.defaults().with("detectors.threshold_method", "manual"));
        assertTrue(manual.getMessage().contains("detectors.threshold_value: needed"), manual.getMessage());
        ConfigException sizes = assertThrows(ConfigException.class,
                () -> ExperimentConfig.defaults().with("data.min_size", 400));
        assertTrue(sizes.getMessage().contains("data.min_size: 400 is above data.max_size 320"), sizes.getMessage());
        ConfigException run = assertThrows(ConfigException.class,
                () -> ExperimentConfig.defaults().with("model.saving_dir_model", "../elsewhere"));
        assertTrue(run.getMessage().contains("model.saving_dir_model: must be a plain folder name"), run.getMessage());
        ConfigException syntax = assertThrows(ConfigException.class,
                () -> ExperimentConfig.parse("model:\n  num_epoch: [1,\n", ConfigFormat.YAML, "broken.yaml"));
        assertTrue(syntax.getMessage().startsWith("config broken.yaml: line "), syntax.getMessage());
        ConfigException duplicate = assertThrows(ConfigException.class, () -> ExperimentConfig.parse(
                "{\"model\": {\"num_epoch\": 3, \"num_epoch\": 4}}", ConfigFormat.JSON, null));
        assertTrue(duplicate.getMessage().contains("num_epoch"), duplicate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfigFormat.of(Path.of("config.txt")));
    }

    @Test
    void valuesAreAcceptedInTheirLooseFormsAndWrittenCanonically() {
        ExperimentConfig config = ExperimentConfig.defaults()
                .with("model.dim_autoencoder_layers", List.of(384, 256, 128))
                .with("model.do_train", true)
                .with("dataset.batch_size", "16")
                .with("data.std", 0.5)
                .with("data.mean", 0.5)
                .with("detectors.enabled", "knn, Gaussian, knn")
                .with("detectors.gaussian_shrinkage", "Ledoit_Wolf");
        assertEquals("384,256,128", config.get("model.dim_autoencoder_layers").asText());
        assertEquals(1, config.get("model.do_train").asInt());
        assertEquals(16, config.settings().training().batchSize());
        assertArrayEquals(new double[] {0.5}, config.settings().std());
        assertEquals(List.of(DetectorKind.KNN, DetectorKind.GAUSSIAN), config.settings().detectors());
        assertEquals(GaussianDetector.LEDOIT_WOLF, config.settings().gaussianShrinkage());
        assertEquals(ThresholdMethod.VAL_PERCENTILE, config.settings().thresholdMethod());
        assertEquals(ExperimentConfig.defaults(), config.with("model.dim_autoencoder_layers", null)
                .with("model.do_train", null).with("dataset.batch_size", null).with("data.std", null)
                .with("data.mean", null).with("detectors.enabled", null).with("detectors.gaussian_shrinkage", null));
    }

    @Test
    void detectorsAndBackboneComeFromTheConfig() {
        ExperimentConfig config = ExperimentConfig.defaults().with("detectors.enabled", List.of("autoencoder", "knn"))
                .with("detectors.knn_k", 3);
        List<Detector> detectors = config.settings().createDetectors(64);
        try {
            assertEquals(2, detectors.size());
            assertTrue(detectors.get(0) instanceof AutoencoderDetector ae && ae.layout().inputSize() == 64);
            assertEquals(3, ((KnnDetector) detectors.get(1)).k());
        } finally {
            detectors.forEach(Detector::close);
        }
        config.checkBackbone(Set.of("builtin", "timesformer"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> config.with("model.name_time_model", "timesformr").checkBackbone(List.of("builtin",
                        "timesformer")));
        assertTrue(e.getMessage().contains("'timesformr' is not a known backbone (did you mean timesformer?) "
                + "(allowed: builtin, timesformer)"), e.getMessage());
    }

    @Test
    void theReadmeExampleIsAValidConfig() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Experiment config");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        ExperimentSettings s = ExperimentConfig.parse(yaml, ConfigFormat.YAML, "README.md").settings();
        assertEquals("first-run", s.runName().orElseThrow());
        assertEquals(List.of(DetectorKind.values()), s.detectors());
    }

    private static boolean has(List<String> problems, String start) {
        return problems.stream().anyMatch(p -> p.startsWith(start));
    }
}
