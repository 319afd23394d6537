"""The reference repository's R(2+1)D-18 extraction, as it runs it, timed on the benchmark clips.

Per clip: decode the whole clip from 0 s to int(duration) into a tensor (torchvision.io.read_video over PyAV),
convert it to float (pytorchvideo's EncodedVideo does), sample 8 frames uniformly (linspace), /255, normalise,
resize to 112x112; batches of 8 (the reference's DataLoader, num_workers=0) through the network.
Also times decode-only (the same decode + transform, no network) and forward-only (the network on prepared
batches) of the same clips.

Usage: /usr/bin/python3 bench/reference_pipeline.py MANIFEST THREADS [pipeline | embeddings OUT.npy]
Prints lines "reference_<what> <clips> <seconds>"; with "pipeline", only the pipeline's (what extraction.sh
alternates with Vigil's runs); with "embeddings", writes the embeddings of the clips in manifest order as a float32
[N, 512] .npy file instead (what bench/fidelity.sh compares with Vigil's).
"""
import csv
import os
import sys
import time

import av
import numpy as np
import torch
import torchvision
from torchvision.transforms import Resize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from trace_r2plus1d import model  # noqa: E402

MEAN = torch.tensor([0.43216, 0.394666, 0.37645]).view(3, 1, 1, 1)
STD = torch.tensor([0.22803, 0.22145, 0.216989]).view(3, 1, 1, 1)
FRAMES = 8
BATCH = 8


def duration(path):
    with av.open(path) as container:
        stream = container.streams.video[0]
        return float(stream.duration * stream.time_base)


def load(path):
    end = int(duration(path))
    video, _, _ = torchvision.io.read_video(path, start_pts=0, end_pts=end, pts_unit="sec")
    clip = video.permute(3, 0, 1, 2).to(torch.float32)  # C, T, H, W of the whole clip, as EncodedVideo returns
    index = torch.linspace(0, clip.shape[1] - 1, FRAMES).long()
    clip = torch.index_select(clip, 1, index) / 255.0
    clip = (clip - MEAN) / STD
    return Resize((112, 112))(clip)


def clip_paths(manifest):
    """The clips of a manifest, in its order, as paths from its folder."""
    root = os.path.dirname(os.path.abspath(manifest))
    with open(manifest, newline="") as f:
        return [os.path.join(root, row["path"]) for row in csv.DictReader(f)]


def main(manifest, threads, only_pipeline=False):
    torch.set_num_threads(threads)
    paths = clip_paths(manifest)
    net = model()
    with torch.no_grad():
        net(torch.zeros(2, 3, FRAMES, 112, 112))  # warm-up, as the Java side warms up
        start = time.perf_counter()
        batch = []
        for i, path in enumerate(paths):
            batch.append(load(path))
            if len(batch) == BATCH or i == len(paths) - 1:
                net(torch.stack(batch))
                batch = []
        total = time.perf_counter() - start
        print(f"reference_pipeline {len(paths)} {total:.3f}", flush=True)
        if only_pipeline:
            return

        start = time.perf_counter()
        prepared = [load(p) for p in paths]
        print(f"reference_decode {len(paths)} {time.perf_counter() - start:.3f}", flush=True)
        start = time.perf_counter()
        for i in range(0, len(prepared), BATCH):
            net(torch.stack(prepared[i:i + BATCH]))
        print(f"reference_forward {len(paths)} {time.perf_counter() - start:.3f}", flush=True)


def embeddings(manifest, threads, out):
    torch.set_num_threads(threads)
    paths = clip_paths(manifest)
    net = model()
    with torch.no_grad():
        rows = [net(load(p).unsqueeze(0))[0] for p in paths]
    np.save(out, torch.stack(rows).numpy().astype("float32"))
    print(f"reference_embeddings {len(paths)} {out}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 4 and sys.argv[3] == "embeddings":
        embeddings(sys.argv[1], int(sys.argv[2]), sys.argv[4])
    else:
        main(sys.argv[1], int(sys.argv[2]), len(sys.argv) > 3 and sys.argv[3] == "pipeline")
