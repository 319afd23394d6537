package dev.vigil.ui.model;

import dev.vigil.backbone.ComputeDevice;
import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.detector.DetectorKind;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.training.ScheduleConfig;
import dev.vigil.training.ScheduleType;
import dev.vigil.training.TrainingConfig;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelViewModelTest {

    private final ModelViewModel model = new ModelViewModel(Runnable::run);
    private final LayoutEditorViewModel layout = model.layout();

    @Test
    void parameterCountFollowsEveryEdit() {
        layout.inputSizeProperty().set(768);
        layout.setLayers(List.of(512, 256, 128));
        // BatchNorm 2·768, encoder 393,728 + 131,328 + 32,896, decoder 33,024 + 131,584 + 393,984
        assertEquals("1,118,080", layout.parameterCountProperty().get());
        assertEquals("768 → 512 → 256 → 128 → 256 → 512 → 768", layout.shapeProperty().get());
        layout.layers().get(2).set("64");
        assertEquals(String.format(java.util.Locale.ROOT, "%,d", 2L * 768 + (768 * 512 + 512) + (512 * 256 + 256)
                + (256 * 64 + 64) + (64 * 256 + 256) + (256 * 512 + 512) + (512 * 768 + 768)),
                layout.parameterCountProperty().get());
        layout.addLayer();
        assertEquals("32", layout.layers().get(3).get(), "a new layer is half as wide as the last");
        layout.removeLastLayer();
        assertEquals(3, layout.layers().size());
    }

    @Test
    void badInputIsNamedAndGivesNoCount() {
        layout.layers().get(1).set("abc");
        assertEquals("Layer 2: 'abc' is not a whole number", layout.problemProperty().get());
        assertNull(layout.layoutProperty().get());
        assertEquals("—", layout.parameterCountProperty().get());
        layout.layers().get(1).set("0");
        assertTrue(layout.problemProperty().get().startsWith("Layer 2: size must be between 1"));
        layout.layers().get(1).set(" ");
        assertEquals("Layer 2 has no size", layout.problemProperty().get());
        layout.layers().get(1).set("128");
        layout.dropoutProperty().set(1.0);
        assertTrue(layout.problemProperty().get().startsWith("Dropout must be in [0, 1)"));
        layout.dropoutProperty().set(0.3);
        assertEquals("", layout.problemProperty().get());
    }

    @Test
    void warnsWhenTheLatentCodeIsAsWideAsTheInput() {
        layout.inputSizeProperty().set(64);
        layout.setLayers(List.of(128));
        assertEquals("", layout.problemProperty().get());
        assertTrue(layout.warningProperty().get().contains("copy"));
    }

    @Test
    void aBackboneSetsTheInputSizeAndFineTuning() {
        BackboneChoice builtIn = new BackboneChoice("descriptor", "Built-in descriptor", 384, false);
        BackboneChoice torch = new BackboneChoice("r2plus1d", "R(2+1)D-18", 512, true);
        model.setBackbones(List.of(builtIn, torch));
        assertEquals(builtIn, model.backboneProperty().get());
        assertEquals(384, layout.inputSizeProperty().get());
        assertFalse(model.fineTunableProperty().get());
        model.backboneProperty().set(torch);
        assertEquals(512, layout.inputSizeProperty().get());
        model.training().fineTuneProperty().set(true);
        model.backboneProperty().set(builtIn);
        assertFalse(model.training().fineTuneProperty().get(), "a frozen-only backbone switches fine-tuning off");
    }

    @Test
    void theDeviceChoiceBecomesTheConfigsDeviceAndAGpuIsOfferedOnlyWhenTheEngineSeesOne() {
        BackboneChoice torch = new BackboneChoice("r2plus1d", "R(2+1)D-18", 512, true);
        model.setBackbones(List.of(new BackboneChoice("builtin", "Built-in descriptor", 384, false), torch));
        assertEquals("CPU (built-in descriptor)", model.deviceInUseProperty().get());
        assertFalse(model.torchScriptProperty().get(), "the device does not apply to the built-in descriptor");
        model.backboneProperty().set(torch);
        assertTrue(model.torchScriptProperty().get());

        assertEquals(ComputeDevice.AUTO, model.configProperty().get().settings().device(),
                "nothing chosen: the config does not pin the CPU shown before the engine answers");
        model.detectDevices(new CurrentThreadTaskExecutor(), () -> 0);
        assertFalse(model.device().gpuAvailableProperty().get());
        model.device().choose(Device.GPU);
        assertEquals(Device.CPU, model.device().deviceProperty().get());
        assertEquals(ComputeDevice.AUTO, model.configProperty().get().settings().device());
        assertTrue(model.device().noteProperty().get().startsWith("No GPU"));

        model.detectDevices(new CurrentThreadTaskExecutor(), () -> 2);
        assertEquals(Device.GPU, model.device().deviceProperty().get(), "the GPU asked for is taken once found");
        assertEquals(ComputeDevice.GPU, model.configProperty().get().settings().device());
        assertEquals("GPU", model.deviceInUseProperty().get());
        assertEquals("2 GPUs visible to PyTorch", model.device().noteProperty().get());
        model.device().choose(Device.CPU);
        assertEquals(ComputeDevice.CPU, model.configProperty().get().settings().device());

        ModelViewModel restored = new ModelViewModel(Runnable::run);
        restored.setBackbones(List.of(torch));
        restored.detectDevices(new CurrentThreadTaskExecutor(), () -> 1);
        restored.apply(ExperimentConfig.defaults().with(java.util.Map.of("model.name_time_model", "r2plus1d",
                "model.device", "auto")));
        assertEquals(Device.GPU, restored.device().deviceProperty().get(), "auto takes the GPU that is there");
        restored.apply(model.configProperty().get());
        assertEquals(Device.CPU, restored.device().deviceProperty().get(), "cpu stays cpu with a GPU there");

        model.detectDevices(new CurrentThreadTaskExecutor(), () -> {
            throw new IllegalStateException("engine native library missing");
        });
        assertEquals(Device.CPU, model.device().deviceProperty().get());
        assertTrue(model.device().noteProperty().get().contains("engine native library missing"));
    }

    @Test
    void fineTuningCountsEpochsFromOneOnTheFormAndFromZeroInTheConfig() {
        BackboneChoice torch = new BackboneChoice("r2plus1d", "R(2+1)D-18", 512, true);
        model.setBackbones(List.of(torch));
        TrainingSettingsViewModel training = model.training();
        training.epochsProperty().set(30);
        training.fineTuneProperty().set(true);
        training.fineTuneFromEpochProperty().set(1);
        training.fineTuneFromParameterProperty().set(99);
        training.backboneRateFactorProperty().set(0.25);
        ExperimentConfig fromStart = model.configProperty().get();
        assertEquals(0, fromStart.get("model.epoch_start_unfreeze").asInt(), "epoch 1 is the reference's epoch 0");
        assertEquals(0, fromStart.get("model.freeze_layers").asInt(), "never frozen");
        assertEquals(new ExperimentSettings.FineTuning(0, 99, 0.25), fromStart.settings().fineTuning().orElseThrow());

        training.fineTuneFromEpochProperty().set(21);
        ExperimentConfig later = model.configProperty().get();
        assertEquals(20, later.get("model.epoch_start_unfreeze").asInt());
        assertEquals(1, later.get("model.freeze_layers").asInt(), "frozen until then");
        training.fineTuneFromEpochProperty().set(30);
        assertEquals(List.of(), model.problems(), "the last epoch can still fine-tune");
        assertEquals(29, model.configProperty().get().get("model.epoch_start_unfreeze").asInt());
        training.fineTuneFromEpochProperty().set(31);
        assertEquals(List.of("Fine-tuning starts at epoch 31, after the last epoch (30)"), model.problems());

        ModelViewModel restored = new ModelViewModel(Runnable::run);
        restored.setBackbones(List.of(torch));
        restored.apply(later);
        assertTrue(restored.training().fineTuneProperty().get());
        assertEquals(21, restored.training().fineTuneFromEpochProperty().get(), "read back as value + 1");
        assertEquals(0.25, restored.training().backboneRateFactorProperty().get());
        assertEquals(later, restored.configProperty().get());

        // the reference's own second configuration: frozen at first, unfrozen from its epoch 20
        restored.apply(ExperimentConfig.defaults().with(java.util.Map.of("model.name_time_model", "r2plus1d",
                "model.freeze_layers", 1, "model.epoch_start_unfreeze", 20, "model.layer_start_unfreeze", 99)));
        assertTrue(restored.training().fineTuneProperty().get());
        assertEquals(21, restored.training().fineTuneFromEpochProperty().get());
    }

    @Test
    void onlyAnAvailableTorchScriptBackboneWithItsParametersCanBeFineTuned() {
        BackboneChoice extractionOnly = new BackboneChoice("r2plus1d", "R(2+1)D-18", 512, true, true, false, "");
        BackboneChoice missing = new BackboneChoice("slowfast", "SlowFast", 2304, true, false, "python3 export");
        BackboneChoice builtin = new BackboneChoice("builtin", "Built-in descriptor", 360, false);
        model.setBackbones(List.of(builtin, extractionOnly, missing));
        for (BackboneChoice choice : List.of(builtin, extractionOnly, missing)) {
            model.backboneProperty().set(choice);
            assertFalse(model.fineTunableProperty().get(), choice.name());
        }
        model.backboneProperty().set(extractionOnly);
        assertTrue(model.backboneNoteProperty().get().contains("fine-tuning needs models/r2plus1d.pt"),
                model.backboneNoteProperty().get());
        assertTrue(model.torchScriptProperty().get(), "it still runs on the chosen device");
    }

    @Test
    void theParameterCountShowsTheRangeAndRefusesAnIndexBeyondIt() {
        BackboneChoice torch = new BackboneChoice("r2plus1d", "R(2+1)D-18", 512, true);
        model.setBackbones(List.of(new BackboneChoice("builtin", "Built-in descriptor", 360, false), torch));
        List<String> asked = new java.util.ArrayList<>();
        model.countParametersWith(new CurrentThreadTaskExecutor(), id -> {
            asked.add(id);
            return java.util.stream.IntStream.range(0, 110).mapToObj(i -> "p" + i).toList();
        });
        model.backboneProperty().set(torch);
        assertEquals(List.of(), asked, "nothing is loaded before fine-tuning is ticked");
        model.training().fineTuneProperty().set(true);
        model.training().fineTuneFromParameterProperty().set(99);
        assertEquals(List.of("r2plus1d"), asked);
        assertEquals(110, model.parameters().countProperty().get());
        assertEquals("R(2+1)D-18 has 110 named parameters (0–109): from 99 on, the last 11 train",
                model.parameters().noteProperty().get());
        model.training().fineTuneFromParameterProperty().set(110);
        assertEquals(List.of("Fine-tune from parameter: 110, but R(2+1)D-18 has 110 named parameters (0–109)"),
                model.problems());
        model.training().fineTuneProperty().set(false);
        model.training().fineTuneProperty().set(true);
        assertEquals(List.of("r2plus1d"), asked, "counted once per backbone");
    }

    @Test
    void theFormBuildsTheExperimentConfig() {
        model.setBackbones(List.of(new BackboneChoice("builtin", "Built-in descriptor", 384, false)));
        layout.setLayers(List.of(128, 32));
        layout.dropoutProperty().set(0.2);
        TrainingSettingsViewModel training = model.training();
        training.epochsProperty().set(12);
        training.learningRateProperty().set(5e-4);
        training.scheduleProperty().set(ScheduleType.PLATEAU);
        training.factorProperty().set(0.5);
        training.patienceProperty().set(3);
        training.batchSizeProperty().set(16);
        training.seedProperty().set(7);
        model.detectors().enabledProperty(DetectorKind.GAUSSIAN).set(false);
        model.detectors().kProperty().set(3);
        model.detectors().thresholdMethodProperty().set(ThresholdMethod.MAX_F1);

        ExperimentConfig config = model.config(Path.of("/data/set/manifest.csv"), Path.of("/runs"), "first");
        ExperimentSettings s = config.settings();
        assertEquals("builtin", s.backbone());
        assertEquals(384, s.embeddingSize().getAsInt());
        assertEquals(new AutoencoderLayout(384, List.of(128, 32), 0.2), s.layout(384));
        assertEquals(new TrainingConfig(12, 16, 5e-4, ScheduleConfig.plateau(0.5, 3), 7), s.training());
        assertEquals(List.of(DetectorKind.AUTOENCODER, DetectorKind.KNN, DetectorKind.CENTROID), s.detectors());
        assertEquals(3, s.knnK());
        assertEquals(ThresholdMethod.MAX_F1, s.thresholdMethod());
        assertTrue(s.frozenBackbone());
        assertEquals("/data/set", s.datasetPath());
        assertEquals("/data/set/manifest.csv", s.manifest().orElseThrow());
        assertEquals("/runs", s.runsDir());
        assertEquals("first", s.runName().orElseThrow());

        ModelViewModel restored = new ModelViewModel(Runnable::run);
        restored.setBackbones(List.of(new BackboneChoice("builtin", "Built-in descriptor", 384, false)));
        restored.apply(config);
        assertEquals(config, restored.config(Path.of("/data/set/manifest.csv"), Path.of("/runs"), "first"),
                "a config read back into the form gives the same config");
    }

    @Test
    void whatTheConfigRefusesIsListedInTheFormsWords() {
        assertEquals(List.of(), model.problems());
        assertNotNull(model.configProperty().get());
        model.training().batchSizeProperty().set(1);
        assertEquals(List.of("Batch size: must be a whole number in [2, 100000], got 1 (dataset.batch_size)"),
                model.problems());
        assertNull(model.configProperty().get());
        ConfigException refused = assertThrows(ConfigException.class,
                () -> model.config(Path.of("m.csv"), Path.of("runs"), "r"));
        assertEquals(model.problems(), refused.problems());
        model.training().batchSizeProperty().set(8);
        model.training().scheduleProperty().set(ScheduleType.PLATEAU);
        model.training().factorProperty().set(1.0);
        assertEquals(List.of("Factor: must be below 1 for ReduceLROnPlateau, got 1.0 (model.lr_factor)"),
                model.problems());
        model.training().scheduleProperty().set(ScheduleType.COSINE);
        assertEquals(List.of(), model.problems());
        for (DetectorKind kind : DetectorKind.values()) {
            model.detectors().enabledProperty(kind).set(false);
        }
        assertEquals(List.of("Detectors: choose at least one"), model.problems());
        model.detectors().enabledProperty(DetectorKind.CENTROID).set(true);
        layout.layers().get(0).set("x");
        assertEquals(List.of("Autoencoder layout: Layer 1: 'x' is not a whole number"), model.problems());
        assertThrows(ConfigException.class, () -> model.config(Path.of("m.csv"), Path.of("runs"), "bad/name"));
    }

    @Test
    void aMissingBackboneIsListedWithTheCommandThatMakesIt() {
        BackboneChoice builtIn = new BackboneChoice("builtin", "Built-in descriptor", 384, false);
        BackboneChoice missing = new BackboneChoice("r2plus1d_18", "R(2+1)D-18", 512, true, false,
                "python3 models/export_backbones.py r2plus1d_18");
        model.setBackbones(List.of(missing, builtIn));
        assertEquals(builtIn, model.backboneProperty().get(), "the first available one is chosen");
        model.backboneProperty().set(missing);
        assertEquals("python3 models/export_backbones.py r2plus1d_18", model.backboneCommandProperty().get());
        assertEquals(1, model.problems().size());
        assertTrue(model.problems().get(0).startsWith("Backbone: R(2+1)D-18 is not available"));
        model.training().fineTuneProperty().set(true);
        model.training().fineTuneFromEpochProperty().set(31);
        assertTrue(model.problems().get(1).contains("after the last epoch (30)"));

        BackboneChoice found = new BackboneChoice("r2plus1d_18", "R(2+1)D-18", 512, true);
        model.setBackbones(List.of(builtIn, found));
        model.backboneProperty().set(found);
        model.training().fineTuneFromEpochProperty().set(10);
        assertEquals(List.of(), model.problems(), "a TorchScript backbone can be fine-tuned");
        assertTrue(model.configProperty().get().settings().fineTuning().isPresent());
    }
}
