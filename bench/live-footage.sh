#!/usr/bin/env bash
# Live alert latency on real footage: `vigil watch` on the fixed-camera benchmark of bench/scene-auroc.sh.
#
#   bench/live-footage.sh [SOURCE...]     # from the repository root; about 10 minutes per source on 2 cores
#
# For each SOURCE (default: Debian's vtest.avi street camera, see bench/vtest.sh, and
# ../shared/footage/one-by-one-person-detection.mp4 when it is there) it builds once, in bench/work/scene, the set of
# bench/SceneFootage.java (10 s chunks of the real recording, alternately training and test; each test chunk
# untouched and with one injected local anomaly of each kind), trains `vigil timeline` with the scene backbone at
# its defaults (BACKBONES="builtin scene" adds the builtin one), exports the bundle, and runs bench/LiveBench.java
# over the test chunks: as fast as they decode, and at their own frame rate as a camera delivers them, with the
# alert latency of every injected event.
# Nothing else should run on the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/live-footage
CP=$(bench/classpath.sh)
mapfile -t sets < <(bench/footage-sets.sh "$@")
[ ${#sets[@]} -gt 0 ] || { echo "no footage sets" >&2; exit 1; }
for set_dir in "${sets[@]}"; do
  name=$(basename "$set_dir")
  for backbone in ${BACKBONES:-scene}; do
    bundle="$WORK/$name-$backbone.vigil"
    if [ ! -f "$bundle" ]; then
      mkdir -p "$WORK"
      rm -rf "$WORK/$name-$backbone"
      java -jar target/vigil.jar timeline --train "$set_dir/train" --test "$set_dir/test" --gt "$set_dir/gt.csv" \
        --out "$WORK/$name-$backbone" --backbone "$backbone" --no-cache > /dev/null
      java -jar target/vigil.jar export-bundle "$WORK/$name-$backbone" --out "$bundle" > /dev/null
    fi
    echo "$name:"
    java -cp "$CP" bench/LiveBench.java "$bundle" "$set_dir/test" "$set_dir/gt.csv"
  done
done
