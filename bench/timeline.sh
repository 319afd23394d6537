#!/usr/bin/env bash
# Long-video benchmark: peak resident memory and speed of `vigil timeline` scoring a 10-minute 720p video.
#
#   bench/timeline.sh            # from the repository root; about 3 minutes on 2 cores (2 to make the videos)
#
# 1. generates (once, in bench/work/timeline) with the samples' renderer at 1280x720, 25 fps: one minute of normal
#    activity for training, and one minute of activity with anomalies that ffmpeg loops ten times, without
#    re-encoding, into a 10-minute test video (15 000 frames), with its ground truth;
# 2. runs `java -jar target/vigil.jar timeline` on the one-minute test video, then on the 10-minute one, each under
#    /usr/bin/time -v (maximum resident set size of the whole process, training included) while sampling the
#    process's VmRSS every 2 s: a streaming pass keeps it flat, so both peaks are about the same;
# 3. prints for each the peak, the RSS samples, the wall time, frames/s and the frame-level AUROC the run reports.
#
# Extra arguments go to the timeline command (e.g. --detector knn, --window 64).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/timeline
command -v ffmpeg >/dev/null || { echo "ffmpeg is needed (Debian: apt-get install ffmpeg)"; exit 1; }
[ -f target/vigil.jar ] || mvn -q package -DskipTests
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP=target/classes:$(cat target/classpath.txt)

if [ ! -f "$WORK/ready" ]; then
  rm -rf "$WORK"
  mkdir -p "$WORK/train" "$WORK/test"
  # width height fps trainVideos trainSeconds testVideos testSeconds seed
  java -cp "$CP" bench/TimelineVideos.java "$WORK/minute" 1280 720 25 1 60 1 60 11
  mv "$WORK/minute/train/normal_01.mp4" "$WORK/train/"
  ffmpeg -loglevel error -y -stream_loop 9 -i "$WORK/minute/test/test_01.mp4" -c copy "$WORK/test/long_720p.mp4"
  # the minute's events, once per repetition (1500 frames each)
  awk -F, 'NR == 1 { print; next } { for (k = 0; k < 10; k++) print "long_720p," $2 + 1500 * k "," $3 + 1500 * k }' \
    "$WORK/minute/gt.csv" > "$WORK/gt.csv"
  touch "$WORK/ready"
fi
java -jar target/vigil.jar probe "$WORK/test/long_720p.mp4"

# run LABEL TESTDIR GT [timeline options...]: one timed run, RSS sampled every 2 s
run() {
  local label=$1 test=$2 gt=$3
  shift 3
  local out="$WORK/out-$label"
  rm -rf "$out"
  /usr/bin/time -v -o "$out.time" java -jar target/vigil.jar timeline --train "$WORK/train" --test "$test" \
    --gt "$gt" --out "$out" --no-cache "$@" > "$out.stdout" 2> "$out.stderr" &
  local timed=$! start java
  start=$(date +%s)
  : > "$out.rss"
  while kill -0 "$timed" 2>/dev/null; do
    java=$(pgrep -P "$timed" java || true)
    if [ -n "$java" ] && [ -r "/proc/$java/status" ]; then
      echo "$(( $(date +%s) - start )) $(awk '/VmRSS/ { print $2 }' "/proc/$java/status")" >> "$out.rss"
    fi
    sleep 2
  done
  wait "$timed"
  echo "== $label"
  cat "$out.stdout"
  tr '\r' '\n' < "$out.stderr" | grep '^score' | tail -1 | sed 's/^/last progress line: /'
  echo "RSS samples (seconds since start: MiB):"
  awk '{ printf " %d:%.0f", $1, $2 / 1024 } END { print "" }' "$out.rss"
  grep -E "Elapsed \(wall clock\)" "$out.time"
  awk '/Maximum resident set size/ { printf "peak RSS: %.0f MiB (%.2f GB)\n", $6 / 1024, $6 * 1024 / 1e9 }' \
    "$out.time"
  echo
}

mkdir -p "$WORK/one-minute"
cp -f "$WORK/minute/test/test_01.mp4" "$WORK/one-minute/"
run one-minute "$WORK/one-minute" "$WORK/minute/gt.csv" "$@"
run ten-minutes "$WORK/test" "$WORK/gt.csv" "$@"
