"""Frame-level AUROC of a timeline output folder against gt.csv, over all test videos and per injected kind.

    python3 bench/scene_summary.py OUT_DIR GT_CSV

Per kind: the frames of that kind's videos (named KIND_NN) together with the untouched normal_NN videos.
Events hit and false-alarm segments per video come from segments.csv. Plain Python, no packages.
"""
import csv
import re
import sys
from collections import defaultdict


def auroc(scores, labels):
    pairs = sorted(zip(scores, labels))
    n1 = sum(labels)
    n0 = len(labels) - n1
    if n0 == 0 or n1 == 0:
        return float("nan")
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        mid = (i + j + 1) / 2  # average rank of ties, ranks from 1
        rank_sum += mid * sum(l for _, l in pairs[i:j])
        i = j
    return (rank_sum - n1 * (n1 + 1) / 2) / (n0 * n1)


def main(out, gt):
    events = defaultdict(list)
    with open(gt) as f:
        for row in csv.DictReader(f):
            events[row["video"]].append((int(row["start_frame"]), int(row["end_frame"])))
    frames = defaultdict(list)
    with open(f"{out}/frame_scores.csv") as f:
        for row in csv.DictReader(f):
            video = row["video"].rsplit(".", 1)[0]
            frame = int(row["frame"])
            label = any(a <= frame <= b for a, b in events.get(video, []))
            frames[video].append((float(row["score"]), int(label)))
    segments = defaultdict(list)
    with open(f"{out}/segments.csv") as f:
        for row in csv.DictReader(f):
            segments[row["video"].rsplit(".", 1)[0]].append((int(row["start_frame"]), int(row["end_frame"])))
    every = [x for v in frames.values() for x in v]
    parts = [f"all {auroc([s for s, _ in every], [l for _, l in every]):.3f}"]
    hits = alarms = total = 0
    kinds = defaultdict(list)
    for video, rows in frames.items():
        kinds[re.sub(r"_\d+$", "", video)].extend(rows)
    for kind in sorted(kinds):
        if kind == "normal":
            continue
        both = kinds[kind] + kinds.get("normal", [])
        parts.append(f"{kind} {auroc([s for s, _ in both], [l for _, l in both]):.3f}")
    for video in frames:
        ev = events.get(video, [])
        segs = segments.get(video, [])
        total += len(ev)
        hits += sum(any(s <= b and e >= a for s, e in segs) for a, b in ev)
        alarms += sum(not any(s <= b and e >= a for a, b in ev) for s, e in segs)
    parts.append(f"hits {hits}/{total} false-alarms {alarms}")
    print("  ".join(parts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
