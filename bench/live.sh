#!/usr/bin/env bash
# Live scoring benchmark: sustained frame rate and alert latency of `vigil watch` with the built-in backbones at
# 640x480 and 1280x720, 25 fps.
#
#   bench/live.sh            # from the repository root; about 45 minutes on 2 cores (15 to make the videos)
#
# For each size it generates (once, in bench/work/live) with the samples' renderer four 60-second normal videos for
# training and twelve 30-second test videos, eight of them with one or two anomalous stretches, and their ground
# truth; for each backbone (builtin, scene) it runs `vigil timeline` and `vigil export-bundle`, then
# bench/LiveBench.java, which watches the test videos twice through the code of `vigil watch`: as fast as they decode
# (sustained frames/s), and at 25 fps as a camera delivers them (--realtime: frames skipped, alert latency per event
# and its p95). Nothing else should run on the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/live
[ -f target/vigil.jar ] || mvn -q package -DskipTests
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP=target/classes:$(cat target/classpath.txt)
# SIZES="1280x720" bench/live.sh measures one size only
for size in ${SIZES:-640x480 1280x720}; do
  set -- "${size%x*}" "${size#*x}"
  dir="$WORK/${1}x$2"
  if [ ! -f "$dir/ready" ]; then
    rm -rf "$dir"
    # width height fps trainVideos trainSeconds testVideos testSeconds seed
    java -cp "$CP" bench/TimelineVideos.java "$dir" "$1" "$2" 25 4 60 12 30 11
    touch "$dir/ready"
  fi
  for backbone in builtin scene; do
    out="$dir/timeline-$backbone"
    [ -f "$dir/$backbone.vigil" ] || {
      java -jar target/vigil.jar timeline --train "$dir/train" --test "$dir/test" --gt "$dir/gt.csv" --out "$out" \
        --backbone "$backbone" --no-cache > /dev/null
      java -jar target/vigil.jar export-bundle "$out" --out "$dir/$backbone.vigil" > /dev/null
    }
    java -cp "$CP" bench/LiveBench.java "$dir/$backbone.vigil" "$dir/test" "$dir/gt.csv"
  done
done
