package dev.vigil.ui.model;

import dev.vigil.detector.AutoencoderLayout;
import dev.vigil.detector.DetectorKind;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.experiment.ConfigException;
import dev.vigil.experiment.ExperimentConfig;
import dev.vigil.experiment.ExperimentSettings;
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
    private final LayoutEditorModel layout = model.layout();

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
    void gpuIsOfferedOnlyWhenTheEngineSeesOne() {
        model.detectDevices(new CurrentThreadTaskExecutor(), () -> 0);
        assertFalse(model.device().gpuAvailableProperty().get());
        model.device().deviceProperty().set(Device.GPU);
        assertEquals(Device.CPU, model.device().deviceProperty().get());
        assertTrue(model.device().noteProperty().get().startsWith("No GPU"));

        model.detectDevices(new CurrentThreadTaskExecutor(), () -> 2);
        model.device().deviceProperty().set(Device.GPU);
        assertEquals(Device.GPU, model.device().deviceProperty().get());
        assertEquals("2 GPUs available", model.device().noteProperty().get());

        model.detectDevices(new CurrentThreadTaskExecutor(), () -> {
            throw new IllegalStateException("engine native library missing");
        });
        assertEquals(Device.CPU, model.device().deviceProperty().get());
        assertTrue(model.device().noteProperty().get().contains("engine native library missing"));
    }

    @Test
    void theFormBuildsTheExperimentConfig() {
        model.setBackbones(List.of(new BackboneChoice("builtin", "Built-in descriptor", 384, false)));
        layout.setLayers(List.of(128, 32));
        layout.dropoutProperty().set(0.2);
        TrainingSettingsModel training = model.training();
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
        assertEquals(List.of("Fine-tune the backbone: 0 (fine-tune the backbone) is not supported: runs train on "
                + "embeddings of a frozen backbone, computed once and cached; set it to 1 (model.freeze_layers)"),
                model.problems(), "what the pipeline cannot do is refused before Start, not ignored");
    }
}
