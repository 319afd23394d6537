package dev.vigil.backbone;

import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

/**
 * Where TorchScript backbones run (extraction and fine-tuning). The built-in descriptor always runs in Java on the
 * CPU, and so do the detectors: they are small enough that moving their inputs to a GPU would cost more than it saves.
 */
public enum ComputeDevice implements Identified {
    /** A GPU when PyTorch sees one, else the CPU: what DJL picks by itself. */
    AUTO("auto"),
    /** The CPU even when a GPU is there (a GPU busy with other work, or to compare numbers). */
    CPU("cpu"),
    /** The first GPU; refused, with the reason, when PyTorch sees none. */
    GPU("gpu");

    private final String id;

    ComputeDevice(String id) {
        this.id = id;
    }

    /** The config's name: {@code auto}, {@code cpu} or {@code gpu}. */
    @Override
    public String id() {
        return id;
    }

    /** The device of a config value, any case. */
    public static ComputeDevice parse(String text) {
        return EnumIds.find(ComputeDevice.class, text).orElseThrow(() ->
                new IllegalArgumentException("device must be auto, cpu or gpu, got '" + text + "'"));
    }
}
