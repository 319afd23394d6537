#!/usr/bin/env bash
# Fixed-camera accuracy on real footage with injected local anomalies, and on the generated long recordings.
#
#   bench/scene-auroc.sh [SOURCE...]     # from the repository root; about 15 minutes on 2 cores
#
# Builds (once, in bench/work/scene) the benchmark of bench/SceneFootage.java from each SOURCE (default: Debian's
# vtest.avi, see bench/vtest.sh, and ../shared/footage/one-by-one-person-detection.mp4 when it is there): 10 s
# chunks, alternately training and test videos, each test chunk untouched and with one injected anomaly of each kind
# (fast, pasted, crossing, cyclist, loiter). Then runs `vigil timeline` with the previous defaults (builtin backbone,
# Gaussian, windows of 32 every 8, max) and with the current ones (scene backbone, kNN, 16 every 4, mean), and a few
# neighbours, and prints the frame-level AUROC over all test videos and per kind (that kind's videos with the
# untouched ones), events hit and false-alarm segments (bench/scene_summary.py). Then the same two settings on the
# generated long recordings of bench/timeline-auroc.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/scene
CP=$(bench/classpath.sh)
mapfile -t sets < <(bench/footage-sets.sh "$@")
[ ${#sets[@]} -gt 0 ] || { echo "no footage sets" >&2; exit 1; }
one() { # set-dir name backbone detector window stride aggregate
  local out="$WORK/out/$2-$3-$4-$5-$6-$7"
  rm -rf "$out"
  java -jar target/vigil.jar timeline --train "$1/train" --test "$1/test" --gt "$1/gt.csv" --out "$out" \
    --cache "$WORK/cache" --backbone "$3" --detector "$4" --window "$5" --stride "$6" --aggregate "$7" >/dev/null 2>&1
  printf "%-28s %-8s %-11s %2s/%-2s %-4s " "$2" "$3" "$4" "$5" "$6" "$7"
  python3 bench/scene_summary.py "$out" "$1/gt.csv"
}
for set_dir in "${sets[@]}"; do
  name=$(basename "$set_dir")
  one "$set_dir" "$name" builtin gaussian 32 8 max
  one "$set_dir" "$name" scene knn 16 4 mean
  one "$set_dir" "$name" scene gaussian 16 4 mean
  one "$set_dir" "$name" scene autoencoder 16 4 mean
  one "$set_dir" "$name" scene knn 32 8 max
done
GEN=bench/work/timeline-auroc/set
[ -f "$GEN/gt.csv" ] || java -cp "$CP" bench/TimelineVideos.java "$GEN"
one "$GEN" generated builtin gaussian 32 8 max
one "$GEN" generated scene knn 16 4 mean
