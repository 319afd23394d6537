#!/usr/bin/env bash
# Spark scaling benchmark: throughput of the Spark job (a timeline bundle over an archive of 720p videos) with one
# and with two executor cores, Spark's local master standing in for a cluster (local[1] against local[2]).
#
#   bench/spark-scaling.sh       # from the repository root, with nothing else running; about 6 minutes on 2 cores
#
# 1. builds Vigil and the Spark project (spark/run-local.sh's build);
# 2. generates once, in bench/work/spark, with the samples' renderer at 1280x720, 25 fps: 20 s of normal activity
#    for training and 4 test videos of 30 s (3000 frames in all), then makes a timeline bundle from them with
#    `vigil timeline` and `vigil export-bundle` (scene backbone, the defaults);
# 3. runs the job on the 4 videos with --master local[1], then local[2] (15-second chunks: 8 chunk tasks), into a
#    fresh output each time, and reads frames and seconds from each run's summary.json (the job's own wall time,
#    without the JVM and Spark start);
# 4. prints frames/s for each, per core, and the speed-up of 2 cores over 1.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/spark

mvn -q install -DskipTests
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
mvn -q -f spark/pom.xml compile dependency:build-classpath -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$PWD/spark/target/classpath.txt"
CP=target/classes:$(cat target/classpath.txt)

if [ ! -f "$WORK/ready" ]; then
  rm -rf "$WORK"
  mkdir -p "$WORK"
  # width height fps trainVideos trainSeconds testVideos testSeconds seed
  java -cp "$CP" bench/TimelineVideos.java "$WORK/videos" 1280 720 25 1 20 4 30 11
  java -jar target/vigil.jar timeline --train "$WORK/videos/train" --test "$WORK/videos/test" --out "$WORK/timeline" \
    --no-cache > "$WORK/timeline.log" 2>&1
  java -jar target/vigil.jar export-bundle "$WORK/timeline" --out "$WORK/archive.vigil"
  touch "$WORK/ready"
fi
java -jar target/vigil.jar probe "$WORK/videos/test/test_01.mp4" | head -3

for cores in 1 2; do
  out="$WORK/out-local$cores"
  rm -rf "$out"
  VIGIL_SKIP_BUILD=1 spark/run-local.sh --bundle "$WORK/archive.vigil" --videos "$WORK/videos/test" --out "$out" \
    --master "local[$cores]" --chunk-seconds 15
done

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
rate = {}
for cores in (1, 2):
    s = json.load(open(f"{work}/out-local{cores}/summary.json"))
    rate[cores] = s["frames"] / s["seconds"]
    print(f"local[{cores}]: {s['videos']} videos, {s['frames']} frames in {s['seconds']:.1f} s: "
          f"{rate[cores]:.1f} frames/s, {rate[cores] / cores:.1f} per core")
print(f"speed-up of 2 cores over 1: {rate[2] / rate[1]:.2f}x")
PY
