package dev.vigil.ui.model;

import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelViewModelTest {

    private final ModelViewModel model = new ModelViewModel();
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
        assertFalse(model.gpuAvailableProperty().get());
        model.deviceProperty().set(Device.GPU);
        assertEquals(Device.CPU, model.deviceProperty().get());
        assertTrue(model.deviceNoteProperty().get().startsWith("No GPU"));

        model.detectDevices(new CurrentThreadTaskExecutor(), () -> 2);
        model.deviceProperty().set(Device.GPU);
        assertEquals(Device.GPU, model.deviceProperty().get());
        assertEquals("2 GPUs available", model.deviceNoteProperty().get());

        model.detectDevices(new CurrentThreadTaskExecutor(), () -> {
            throw new IllegalStateException("engine native library missing");
        });
        assertEquals(Device.CPU, model.deviceProperty().get());
        assertTrue(model.deviceNoteProperty().get().contains("engine native library missing"));
    }

    @Test
    void trainingSettingsAreValidated() {
        TrainingSettingsModel settings = model.training();
        assertEquals("", settings.problemProperty().get());
        settings.learningRateProperty().set(0);
        assertEquals("The learning rate must be above 0 and below 1", settings.problemProperty().get());
        settings.learningRateProperty().set(5e-4);
        settings.scheduleProperty().set(Schedule.PLATEAU);
        settings.patienceProperty().set(0);
        assertEquals("Patience must be at least 1 epoch", settings.problemProperty().get());
        settings.scheduleProperty().set(Schedule.COSINE);
        assertEquals("", settings.problemProperty().get());
        settings.fineTuneProperty().set(true);
        settings.fineTuneFromEpochProperty().set(31);
        assertTrue(settings.problemProperty().get().contains("after the last epoch (30)"));
    }
}
