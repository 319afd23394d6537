"""Exports Vigil's pretrained backbones to TorchScript: models/<id>.pt beside models/<id>.json.

Run once on a machine with internet (the weights are downloaded from their public sources), then copy the .pt
files into the models/ folder of every machine that runs Vigil:

    pip install torch torchvision pytorchvideo transformers
    python3 models/export_backbones.py                  # all three
    python3 models/export_backbones.py r2plus1d_18      # one

Each exported module takes plain tensors as positional arguments, batch first, already normalised and resized as
its card says, and returns the embedding [B, E]:

    r2plus1d_18       x[B, 3, 8, 112, 112]                          -> [B, 512]   (torchvision, fc -> identity)
    slowfast_r50      slow[B, 3, 8, 256, 256], fast[B, 3, 32, 256, 256] -> [B, 2304] (pytorchvideo hub,
                                                                                    blocks[6].proj -> identity)
    timesformer_base  x[B, 8, 3, 224, 224]                          -> [B, 768]   (Hugging Face, CLS token of
                                                                                    last_hidden_state)

The output size is checked against the card before the file is written. Beside each <id>.pt (which keeps the
parameters, for fine-tuning) it writes <id>.inference.pt, the module frozen with torch.jit.freeze (BatchNorm folded
into the convolutions): the same embeddings, and faster extraction. TimeSformer's weights are licensed
CC-BY-NC 4.0: non-commercial use only.
"""
import json
import os
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))


def card(model_id):
    with open(os.path.join(HERE, model_id + ".json"), encoding="utf-8") as f:
        return json.load(f)


def example_inputs(c, batch=2):
    side, frames = c["inputSize"], c["frames"]
    if c.get("slowFastAlpha", 0) > 0:
        return (torch.randn(batch, 3, frames // c["slowFastAlpha"], side, side),
                torch.randn(batch, 3, frames, side, side))
    if c["layout"] == "TCHW":
        return (torch.randn(batch, frames, 3, side, side),)
    return (torch.randn(batch, 3, frames, side, side),)


def r2plus1d_18():
    from torchvision.models.video import R2Plus1D_18_Weights, r2plus1d_18 as build
    model = build(weights=R2Plus1D_18_Weights.KINETICS400_V1)
    model.fc = nn.Identity()
    return model


class SlowFast(nn.Module):
    """pytorchvideo's SlowFast takes a list [slow, fast]; TorchScript for DJL takes positional tensors."""

    def __init__(self):
        super().__init__()
        self.net = torch.hub.load("facebookresearch/pytorchvideo", "slowfast_r50", pretrained=True)
        self.net.blocks[6].proj = nn.Identity()

    def forward(self, slow: torch.Tensor, fast: torch.Tensor) -> torch.Tensor:
        return self.net([slow, fast])


class TimeSformer(nn.Module):
    """The CLS token of the last hidden state, as the reference takes it."""

    def __init__(self):
        super().__init__()
        from transformers import TimesformerModel
        self.net = TimesformerModel.from_pretrained("facebook/timesformer-base-finetuned-k400", torchscript=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(pixel_values=x)[0][:, 0]


BUILDERS = {"r2plus1d_18": r2plus1d_18, "slowfast_r50": SlowFast, "timesformer_base": TimeSformer}


def export(model_id):
    c = card(model_id)
    model = BUILDERS[model_id]().eval()
    inputs = example_inputs(c)
    with torch.no_grad():
        traced = torch.jit.trace(model, inputs, strict=False)
        out = traced(*example_inputs(c, batch=1))
    if tuple(out.shape) != (1, c["embeddingSize"]):
        raise SystemExit(f"{model_id}: the model returns {tuple(out.shape)}, its card says (1, {c['embeddingSize']})")
    path = os.path.join(HERE, c["file"])
    traced.save(path)
    print(f"{model_id}: wrote {path} ({os.path.getsize(path) / 1e6:.0f} MB), output [B, {c['embeddingSize']}]")
    # The frozen twin folds BatchNorm into the convolutions: same embeddings, faster extraction, no parameters.
    # Vigil extracts with it and fine-tunes with the file above.
    if c.get("inferenceFile"):
        try:
            frozen = torch.jit.freeze(traced.eval())
            with torch.no_grad():
                check = example_inputs(c, batch=1)
                agree = torch.allclose(frozen(*check), traced(*check), atol=1e-4, rtol=1e-4)
        except RuntimeError as e:  # a module PyTorch cannot freeze still works unfrozen
            print(f"{model_id}: cannot freeze ({e}); Vigil will extract with {c['file']}")
            return
        if not agree:
            print(f"{model_id}: the frozen module disagrees with the traced one; not writing it")
            return
        frozen_path = os.path.join(HERE, c["inferenceFile"])
        frozen.save(frozen_path)
        print(f"{model_id}: wrote {frozen_path} (frozen, for extraction)")


def main(argv):
    ids = argv or list(BUILDERS)
    unknown = [i for i in ids if i not in BUILDERS]
    if unknown:
        raise SystemExit(f"unknown backbone(s) {unknown}; known: {list(BUILDERS)}")
    for model_id in ids:
        export(model_id)


if __name__ == "__main__":
    main(sys.argv[1:])
