package dev.vigil.experiment;

import ai.djl.Device;
import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ComputeDevice;
import dev.vigil.backbone.DjlRuntime;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.experiment.config.ConfigException;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.progress.CancellationToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code model.device} chooses where a TorchScript backbone runs; a GPU that is not there is refused by name. */
class DeviceChoiceTest {

    @TempDir
    static Path dir;
    static BackboneRegistry registry;
    static Dataset dataset;

    @BeforeAll
    static void data() throws IOException, URISyntaxException {
        registry = new BackboneRegistry(Path.of(DeviceChoiceTest.class
                .getResource("/dev/vigil/backbone/fixtures/tiny_cthw.json").toURI()).getParent());
        dataset = Manifest.read(SampleSubset.write(dir.resolve("data"), 1, 2, 0, 0, 0));
    }

    @Test
    void theConfigNamesTheDeviceAutoByDefault() {
        assertEquals(ComputeDevice.AUTO, ExperimentConfig.defaults().settings().device());
        assertEquals(ComputeDevice.CPU, ExperimentConfig.defaults().with("model.device", "cpu").settings().device());
        ConfigException wrong = assertThrows(ConfigException.class,
                () -> ExperimentConfig.defaults().with("model.device", "tpu"));
        assertTrue(wrong.getMessage().contains("model.device") && wrong.getMessage().contains("gpu"),
                wrong.getMessage());
    }

    @Test
    void cpuLoadsTheBackboneOnTheCpuAndEmbedsThere() throws Exception {
        try (Backbone backbone = registry.open("tiny_cthw", ComputeDevice.CPU)) {
            assertEquals(Device.cpu().toString(), backbone.device());
        }
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of("model.name_time_model", "tiny_cthw",
                "model.device", "cpu"));
        ExperimentPipeline.Embedded embedded = new BackboneEmbedder(registry, null, 1).embed(dataset, config,
                p -> { }, CancellationToken.none());
        assertEquals(dataset.clips().size(), embedded.clips().size());
        assertEquals(16, embedded.embeddings()[0].length);
    }

    @Test
    void aGpuThatIsNotThereIsRefusedNamingTheKey() throws Exception {
        assumeTrue(DjlRuntime.gpuCount() == 0, "this machine has a GPU");
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of("model.name_time_model", "tiny_cthw",
                "model.device", "gpu"));
        IOException refused = assertThrows(IOException.class, () -> new BackboneEmbedder(registry, null, 1)
                .embed(dataset, config, p -> { }, CancellationToken.none()));
        assertTrue(refused.getMessage().startsWith("model.device: gpu: PyTorch") && refused.getMessage()
                .contains("sees no GPU"), refused.getMessage());
        try (Backbone builtin = new BackboneRegistry(null).open(BackboneRegistry.DEFAULT_ID, ComputeDevice.GPU)) {
            assertTrue(builtin.device().startsWith("cpu"), "the built-in descriptor runs in Java whatever the choice");
        }
    }
}
