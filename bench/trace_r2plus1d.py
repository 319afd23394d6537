"""Traces torchvision's R(2+1)D-18 with random weights (fc -> identity) to TorchScript, for the benchmark.

Same architecture and input as models/r2plus1d_18.json; random weights because no weights reach this machine.
Usage: /usr/bin/python3 bench/trace_r2plus1d.py OUT.pt   (also writes OUT's frozen twin, OUT minus .pt + .inference.pt)
"""
import sys

import torch
from torch import nn
from torchvision.models.video import r2plus1d_18


def model():
    torch.manual_seed(0)
    m = r2plus1d_18(weights=None)
    m.fc = nn.Identity()
    return m.eval()


if __name__ == "__main__":
    with torch.no_grad():
        traced = torch.jit.trace(model(), torch.randn(1, 3, 8, 112, 112))
    out = traced(torch.randn(2, 3, 8, 112, 112))
    assert tuple(out.shape) == (2, 512), out.shape
    traced.save(sys.argv[1])
    frozen = torch.jit.freeze(traced)
    frozen.save(sys.argv[1][:-3] + ".inference.pt")
    print("traced r2plus1d_18 ->", sys.argv[1], "and its frozen twin")
