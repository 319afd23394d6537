#!/usr/bin/env bash
# Long-video accuracy: frame-level AUROC of `vigil timeline` with each detector on a generated set.
#
#   bench/timeline-auroc.sh      # from the repository root; about 2 minutes on 2 cores
#
# Generates (once, in bench/work/timeline-auroc) with bench/TimelineVideos.java at its defaults: 4 training videos
# of 60 s of normal activity (walk, run, wave, bend, jump, skip, jumping jacks) and 6 test videos of 40 s, four with
# one or two falls, punches or crawls of 3-5 s among normal activity and two all normal (320x240, 25 fps, one
# camera), with gt.csv. Then scores the test videos with each detector (window 32, stride 8, the defaults) and
# prints the frame-level AUROC (micro), the mean per-video AUROC and the event hits.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/timeline-auroc
[ -f target/vigil.jar ] || mvn -q package -DskipTests
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
if [ ! -f "$WORK/set/gt.csv" ]; then
  java -cp "target/classes:$(cat target/classpath.txt)" bench/TimelineVideos.java "$WORK/set"
fi
for detector in gaussian knn autoencoder centroid; do
  echo "== $detector"
  java -jar target/vigil.jar timeline --train "$WORK/set/train" --test "$WORK/set/test" --gt "$WORK/set/gt.csv" \
    --out "$WORK/out-$detector" --cache "$WORK/cache" --detector "$detector" "$@" 2>/dev/null \
    | grep -E "frame-level|mean per-video|events hit"
done
