#!/usr/bin/env bash
# Speed of `vigil timeline` with the fixed-camera backbone on real street footage at two sizes.
#
#   bench/scene-speed.sh      # from the repository root; run it alone (no build or test beside it)
#
# Makes (once, in bench/work/scene-speed) two pairs of videos from Debian's opencv-doc vtest.avi (a real street
# camera; downloaded as a .deb and unpacked, nothing installed): 360x240 at 10 fps, 120 s each, and 1280x720 at
# 25 fps, 40 s each (the footage is looped forwards and backwards). Each run trains on one video of a pair and
# scores the other with the defaults (scene backbone, kNN, windows of 16 frames every 4, 2 cores), no cache, and
# prints wall time, real-time factor (seconds of video of both files per second of wall time) and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/scene-speed
[ -f target/vigil.jar ] || mvn -q package -DskipTests
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
VTEST=$(bench/vtest.sh)
make_pair() { # name width height fps seconds
  for part in train test; do
    mkdir -p "$WORK/$1/$part"
    [ -f "$WORK/$1/$part/$part.mp4" ] || java -cp "$CP" bench/ResizeVideo.java "$VTEST" "$WORK/$1/$part/$part.mp4" "$2" "$3" "$4" "$5"
  done
}
make_pair small 360 240 10 120
make_pair hd 1280 720 25 40
run() { # name seconds-of-video-in-both
  rm -rf "$WORK/out-$1"
  /usr/bin/time -f "%e %M" -o "$WORK/time-$1" java -jar target/vigil.jar timeline --train "$WORK/$1/train" \
    --test "$WORK/$1/test" --out "$WORK/out-$1" --no-cache >/dev/null 2>&1
  read -r wall kib < "$WORK/time-$1"
  awk -v n="$1" -v w="$wall" -v k="$kib" -v s="$2" \
    'BEGIN { printf "%-6s wall %6.1f s  %5.1fx real time  peak RSS %d MiB\n", n, w, s / w, k / 1024 }'
}
for round in 1 2; do
  run small 240
  run hd 80
done
