#!/usr/bin/env bash
# Builds once, in bench/work/scene, the fixed-camera benchmark of bench/SceneFootage.java from each SOURCE and prints
# its folder, one per line.
#
#   bench/footage-sets.sh [SOURCE...]
#
# Default sources: Debian's vtest.avi street camera (see bench/vtest.sh) and, when it is there,
# ../shared/footage/one-by-one-person-detection.mp4.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=("$@")
if [ ${#sources[@]} -eq 0 ]; then
  sources=("$(bench/vtest.sh)")
  [ -f ../shared/footage/one-by-one-person-detection.mp4 ] && sources+=(../shared/footage/one-by-one-person-detection.mp4)
fi
CP=$(bench/classpath.sh)
for source in "${sources[@]}"; do
  dir="bench/work/scene/$(basename "${source%.*}")"
  [ -f "$dir/gt.csv" ] || java -cp "$CP" bench/SceneFootage.java "$source" "$dir" >&2
  echo "$dir"
done
