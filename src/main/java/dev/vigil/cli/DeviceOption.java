package dev.vigil.cli;

import dev.vigil.backbone.ComputeDevice;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Where a TorchScript backbone runs, for the commands that open one themselves (a picocli mixin). */
final class DeviceOption {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto", converter = Parse.class,
            description = "Where a TorchScript backbone runs: auto (a GPU when PyTorch sees one), cpu or gpu; the "
                    + "built-in descriptor always runs on the CPU. Default: ${DEFAULT-VALUE}.")
    private ComputeDevice device = ComputeDevice.AUTO;

    ComputeDevice get() {
        return device;
    }

    /** "auto", "cpu" or "gpu", any case. */
    static final class Parse implements ITypeConverter<ComputeDevice> {
        @Override
        public ComputeDevice convert(String value) {
            return ComputeDevice.parse(value);
        }
    }
}
