"""Writes the tiny TorchScript fixtures of the backbone tests.

Each fixture has the signature of one real backbone (same inputs, same layout, batch first) but a handful of
random weights, so the tests run the real DJL loading and forward path in milliseconds. Their embeddings start
with plain statistics of the input that reveal a wrong layout or pathway order:

  tiny_cthw       (like R(2+1)D-18)  x[B,3,8,H,W]            -> [B,16] = channel means(3), frame means(8), conv(5)
  tiny_slowfast   (like SlowFast)    slow[B,3,8,H,W], fast[B,3,32,H,W]
                                                              -> [B,24] = slow channel means(3), slow frame means(8),
                                                                         fast channel means(3), conv(10)
  tiny_tchw       (like TimeSformer) x[B,8,3,H,W]            -> [B,12] = channel means(3), frame means(8), conv(1)

  tiny_bn         (fine-tuning)      x[B,3,8,H,W]            -> [B,8]  = conv, BatchNorm, dropout, projection: a
                                                                         module whose evaluation mode differs from its
                                                                         training mode, as the real networks'

tiny_cthw also has a frozen twin, tiny_cthw.inference.pt (no parameters), like the real models' inference files.

Run with Debian's Python (python3-torch):  /usr/bin/python3 src/test/python/make_backbone_fixtures.py
"""
import os

import torch
from torch import nn

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "vigil", "backbone", "fixtures")


class Features(nn.Module):
    """A tiny conv + pooling + projection: trainable parameters in a known order."""

    def __init__(self, out: int):
        super().__init__()
        self.conv = nn.Conv3d(3, 4, kernel_size=3, padding=1)
        self.proj = nn.Linear(4, out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: [B, 3, T, H, W]
        y = torch.relu(self.conv(x)).mean(dim=(2, 3, 4))
        return self.proj(y)


class TinyCthw(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = Features(5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cat([x.mean(dim=(2, 3, 4)), x.mean(dim=(1, 3, 4)), self.features(x)], dim=1)


class TinySlowFast(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = Features(10)

    def forward(self, slow: torch.Tensor, fast: torch.Tensor) -> torch.Tensor:
        return torch.cat([slow.mean(dim=(2, 3, 4)), slow.mean(dim=(1, 3, 4)), fast.mean(dim=(2, 3, 4)),
                          self.features(fast)], dim=1)


class TinyTchw(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = Features(1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        cthw = x.permute(0, 2, 1, 3, 4)
        return torch.cat([x.mean(dim=(1, 3, 4)), x.mean(dim=(2, 3, 4)), self.features(cthw)], dim=1)


class TinyBn(nn.Module):
    """Conv, BatchNorm (running statistics are buffers, not parameters) and dropout: fine-tuning must keep the
    module in evaluation mode for its parameters to be its whole trained state."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv3d(3, 6, kernel_size=3, padding=1)
        self.norm = nn.BatchNorm3d(6)
        self.drop = nn.Dropout(0.5)
        self.proj = nn.Linear(6, 8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = torch.relu(self.norm(self.conv(x))).mean(dim=(2, 3, 4))
        return self.proj(self.drop(y))


def main():
    torch.manual_seed(7)
    os.makedirs(OUT, exist_ok=True)
    fixtures = {
        "tiny_cthw": (TinyCthw(), (torch.rand(2, 3, 8, 16, 16),), 16),
        "tiny_slowfast": (TinySlowFast(), (torch.rand(2, 3, 8, 16, 16), torch.rand(2, 3, 32, 16, 16)), 24),
        "tiny_tchw": (TinyTchw(), (torch.rand(2, 8, 3, 16, 16),), 12),
        "tiny_bn": (TinyBn(), (torch.rand(2, 3, 8, 16, 16),), 8),
    }
    for name, (module, example, size) in fixtures.items():
        if name == "tiny_bn":
            # running statistics that differ from the initial ones, as in a pretrained network
            module.train()
            with torch.no_grad():
                for _ in range(5):
                    module(torch.rand(4, 3, 8, 16, 16) * 2 + 0.5)
        module.eval()
        scripted = torch.jit.script(module)
        out = scripted(*example)
        assert tuple(out.shape) == (2, size), (name, out.shape)
        path = os.path.join(OUT, name + ".pt")
        scripted.save(path)
        print(name, "->", os.path.relpath(path), tuple(out.shape))
        if name == "tiny_cthw":
            # the frozen inference file, as models/export_backbones.py writes beside each model
            frozen = torch.jit.freeze(scripted)
            assert torch.allclose(frozen(*example), out, atol=1e-5)
            frozen.save(os.path.join(OUT, name + ".inference.pt"))


if __name__ == "__main__":
    main()
