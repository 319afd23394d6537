package dev.vigil.backbone;

/** How a backbone computes its embedding. */
public enum BackboneKind {
    /** Vigil's hand-crafted space-time descriptor: no weights, always available. */
    BUILTIN,
    /** A TorchScript module ({@code models/<id>.pt}) run by DJL's PyTorch engine. */
    TORCHSCRIPT
}
