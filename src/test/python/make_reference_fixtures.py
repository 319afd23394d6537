"""Writes the fixtures that pin Vigil's `reference` preprocessing to the reference pipeline's tensors.

The reference implementation prepares a clip with pytorchvideo and torchvision: decode the frames whose time lies in
[0 s, int(duration)) to RGB at full size (EncodedVideo.get_clip over PyAV), convert to float, keep the frames
linspace(0, T - 1, N).long() (UniformTemporalSubsample), x / 255.0, Normalize(mean, std), then
Resize((S, S)) for evaluation (torchvision 0.14 on a tensor: interpolate(mode='bilinear', align_corners=False)
without antialiasing), or RandomShortSideScale then RandomCrop for training (pytorchvideo's short_side_scale is the
same interpolate). This script does exactly those operations with Debian's python3-torch, python3-torchvision and
python3-av, on a small generated clip, and writes:

  reference_clip.mp4          160x120 H.264, 10 fps, 2.6 s (26 frames): moving stripes, checks and a disc, so
                              that downsizing with and without antialiasing differ clearly
  reference_eval_input.npy    the evaluation tensor, C,T,H,W = 3,8,24,24, saved as rows [C*T, H*W] (float32)
  reference_train_input.npy   the training tensor for short side 30 (40x30) cropped at x=5, y=3 to 24x24, same rows
  reference_eval_embedding.npy  tiny_cthw.pt (the backbone fixture) applied to the evaluation tensor: [1, 16]

Mean and std are R(2+1)D-18's. Run with Debian's Python:
  /usr/bin/python3 src/test/python/make_reference_fixtures.py
"""
import math
import os

import av
import numpy as np
import torch
import torch.nn.functional as F
from torchvision.transforms import Normalize, Resize

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "dev", "vigil", "video", "reference")
MODEL = os.path.join(HERE, "..", "resources", "dev", "vigil", "backbone", "fixtures", "tiny_cthw.pt")

WIDTH, HEIGHT, FPS, FRAMES_IN_FILE = 160, 120, 10, 26
FRAMES, SIZE = 8, 24
MEAN = [0.43216, 0.394666, 0.37645]
STD = [0.22803, 0.22145, 0.216989]
TRAIN_SIDE, TRAIN_X, TRAIN_Y = 30, 5, 3


def picture(i):
    """Frame i: fine diagonal stripes and a checkerboard drifting at different speeds, and a moving disc."""
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    r = 128 + 100 * np.sin((x + y + 3 * i) * 0.9)
    g = np.where(((x.astype(int) + i) // 3 + y.astype(int) // 3) % 2 == 0, 40, 215).astype(np.float32)
    b = 128 + 90 * np.cos(x * 0.35 - i * 0.5) * np.sin(y * 0.27)
    cx, cy = 30 + 4 * i, 60 + 25 * math.sin(i * 0.4)
    disc = (x - cx) ** 2 + (y - cy) ** 2 < 18 ** 2
    r[disc], g[disc], b[disc] = 250, 220, 30
    return np.clip(np.stack([r, g, b], axis=-1), 0, 255).astype(np.uint8)


def write_clip(path):
    with av.open(path, "w") as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.options = {"crf": "34", "preset": "veryslow", "tune": "zerolatency"}
        for i in range(FRAMES_IN_FILE):
            for packet in stream.encode(av.VideoFrame.from_ndarray(picture(i), format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)


def reference_frames(path):
    """pytorchvideo's EncodedVideo.get_clip(0, int(duration)) over PyAV: RGB frames with time in [0, end)."""
    with av.open(path) as container:
        stream = container.streams.video[0]
        end = int(float(stream.duration * stream.time_base))
        frames = [f.to_rgb().to_ndarray() for f in container.decode(stream) if f.time < end]
    video = torch.from_numpy(np.stack(frames)).permute(3, 0, 1, 2).to(torch.float32)  # C, T, H, W
    index = torch.linspace(0, video.shape[1] - 1, FRAMES).long()  # UniformTemporalSubsample
    video = torch.index_select(video, 1, index) / 255.0
    # pytorchvideo's Normalize: torchvision's on T, C, H, W
    return Normalize(MEAN, STD)(video.permute(1, 0, 2, 3)).permute(1, 0, 2, 3), len(frames)


def short_side_scale(x, size):
    """pytorchvideo.transforms.functional.short_side_scale with its defaults."""
    _, _, h, w = x.shape
    if w < h:
        new_h, new_w = int(math.floor((float(h) / w) * size)), size
    else:
        new_h, new_w = size, int(math.floor((float(w) / h) * size))
    return F.interpolate(x, size=(new_h, new_w), mode="bilinear", align_corners=False)


def save_rows(name, tensor):
    c, t, h, w = tensor.shape
    np.save(os.path.join(OUT, name), tensor.reshape(c * t, h * w).numpy().astype("<f4"))


def main():
    os.makedirs(OUT, exist_ok=True)
    clip = os.path.join(OUT, "reference_clip.mp4")
    write_clip(clip)
    normalised, kept = reference_frames(clip)

    evaluation = Resize((SIZE, SIZE))(normalised)
    plain = F.interpolate(normalised, size=(SIZE, SIZE), mode="bilinear", align_corners=False, antialias=False)
    assert torch.equal(evaluation, plain), "torchvision's Resize on tensors is expected to skip antialiasing here"
    save_rows("reference_eval_input.npy", evaluation)

    scaled = short_side_scale(normalised, TRAIN_SIDE)
    assert tuple(scaled.shape[2:]) == (TRAIN_SIDE, 40), scaled.shape
    save_rows("reference_train_input.npy", scaled[:, :, TRAIN_Y:TRAIN_Y + SIZE, TRAIN_X:TRAIN_X + SIZE])

    with torch.no_grad():
        embedding = torch.jit.load(MODEL)(evaluation.unsqueeze(0))
    assert tuple(embedding.shape) == (1, 16), embedding.shape
    np.save(os.path.join(OUT, "reference_eval_embedding.npy"), embedding.numpy().astype("<f4"))
    print("wrote", os.path.relpath(OUT) + ":", "clip of", os.path.getsize(clip), "bytes,", kept, "frames in [0 s, int(duration))")


if __name__ == "__main__":
    main()
