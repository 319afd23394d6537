package dev.vigil.backbone;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's PyTorch engine the way Vigil needs it: offline (the native library comes from the Maven jar on the
 * class path, nothing is ever downloaded), with a chosen number of intra-op threads, one inter-op thread, and
 * without TorchScript's profiling graph optimiser.
 */
public final class DjlRuntime {

    /** System property for PyTorch's intra-op threads; read once, when the engine starts. */
    public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
    private static final String GRAPH_OPTIMIZER_PROPERTY = "ai.djl.pytorch.graph_optimizer";
    private static final Logger LOG = LoggerFactory.getLogger(DjlRuntime.class);
    private static volatile Engine engine;

    private DjlRuntime() {
    }

    /**
     * Asks for {@code threads} PyTorch intra-op threads. Takes effect only before the engine starts (the first
     * TorchScript backbone loaded); later calls are ignored, as PyTorch fixes its pool at start.
     */
    public static void requestThreads(int threads) {
        if (engine == null && threads > 0) {
            System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
        }
    }

    /** The PyTorch engine, started offline on first use; logs the device it runs on. */
    public static synchronized Engine pytorch() throws BackboneException {
        if (engine == null) {
            // Without this DJL may try to fetch a native library matching another PyTorch version.
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("ai.djl.pytorch.num_interop_threads",
                    System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
            // TorchScript's profiling executor re-optimises the graph on the first calls: about ten seconds on
            // R(2+1)D-18 on two cores, for no gain on convolution-bound networks afterwards. Extraction runs short
            // jobs, so it is off unless asked for.
            System.setProperty(GRAPH_OPTIMIZER_PROPERTY, System.getProperty(GRAPH_OPTIMIZER_PROPERTY, "false"));
            try {
                engine = Engine.getEngine("PyTorch");
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                throw new BackboneException("PyTorch engine cannot start (" + e.getMessage()
                        + "); the build must carry ai.djl.pytorch:pytorch-native-cpu for this platform", e);
            }
            Device device = engine.defaultDevice();
            LOG.info("PyTorch {} on {} ({} GPU(s) visible)", engine.getVersion(), device, engine.getGpuCount());
        }
        return engine;
    }

    /** The device TorchScript backbones run on by default: a GPU when DJL sees one, else the CPU. */
    public static Device device() throws BackboneException {
        return pytorch().defaultDevice();
    }

    /**
     * The DJL device for a choice.
     *
     * @throws DeviceUnavailableException for {@link ComputeDevice#GPU} when PyTorch sees no GPU, naming why that
     *                                    may be
     */
    public static Device device(ComputeDevice choice) throws BackboneException {
        Engine pytorch = pytorch();
        return switch (choice) {
            case AUTO -> pytorch.defaultDevice();
            case CPU -> Device.cpu();
            case GPU -> {
                if (pytorch.getGpuCount() < 1) {
                    throw new DeviceUnavailableException("gpu: PyTorch " + pytorch.getVersion() + " sees no GPU (this "
                            + "build carries PyTorch's CPU library unless it was built with -Pcuda, or no NVIDIA "
                            + "driver is installed); choose cpu or auto");
                }
                yield Device.gpu();
            }
        };
    }

    /** How many GPUs PyTorch can use; 0 with the CPU build of its native library. */
    public static int gpuCount() throws BackboneException {
        return pytorch().getGpuCount();
    }
}
