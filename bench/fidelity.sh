#!/usr/bin/env bash
# Fidelity on real footage: Vigil's R(2+1)D-18 embeddings against the reference pipeline's, clip by clip.
#
#   bench/fidelity.sh      # from the repository root, after bench/extraction.sh has made its clips and its traced
#                          # model (bench/work/clips, bench/work/models); about 2 minutes
#
# The same traced R(2+1)D-18 (random weights, fc -> identity) on both sides, the 24 clips cut from Debian's real
# street footage (720x480 H.264, 10 and 25 fps): bench/reference_pipeline.py's embeddings (the reference's decode,
# linspace frames, /255, normalise, bilinear resize without antialiasing), then `vigil extract` with each resize
# method. Prints, per method, the relative L2 error ||vigil - reference|| / ||reference|| per clip (median, max).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work
PY=/usr/bin/python3
[ -f "$WORK/clips/manifest.csv" ] && [ -f "$WORK/models/r2plus1d_18.pt" ] || { echo "run bench/extraction.sh first"; exit 1; }
[ -f target/vigil.jar ] || mvn -q package -DskipTests
sed "s|^clip_|clips/clip_|" "$WORK/clips/manifest.csv" > "$WORK/manifest-fidelity.csv"
$PY bench/reference_pipeline.py "$WORK/manifest-fidelity.csv" "$(nproc)" embeddings "$WORK/fidelity-reference.npy"
for method in reference antialias; do
  rm -rf "$WORK/fidelity-$method"
  java -Dvigil.models="$WORK/models" -jar target/vigil.jar extract --manifest "$WORK/manifest-fidelity.csv" \
    --backbone r2plus1d_18 --resize "$method" --no-cache --out "$WORK/fidelity-$method" >/dev/null 2>&1
  $PY - "$WORK/fidelity-reference.npy" "$WORK/fidelity-$method" "$method" <<'PYEOF'
import csv, os, sys
import numpy as np
reference = np.load(sys.argv[1])
folder, method = sys.argv[2], sys.argv[3]
vigil = np.load(os.path.join(folder, "embeddings.npy"))
with open(os.path.join(folder, "embeddings.csv"), newline="") as f:
    order = [row["path"] for row in csv.DictReader(f)]
with open(os.path.join(os.path.dirname(folder), "manifest-fidelity.csv"), newline="") as f:
    wanted = [row["path"] for row in csv.DictReader(f)]
rows = np.stack([vigil[order.index(p)] for p in wanted])
errors = np.linalg.norm(rows - reference, axis=1) / np.linalg.norm(reference, axis=1)
print(f"{method:10s} {len(errors)} clips  relative L2 median {np.median(errors):.2e}  max {errors.max():.2e}")
PYEOF
done
