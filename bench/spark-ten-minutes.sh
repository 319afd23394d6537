#!/usr/bin/env bash
# The Spark job against one machine on a generated 10-minute video: spark/run-local.sh cuts it into time chunks,
# `vigil score --bundle` scores it whole, and the two frame-score tables and segment lists are compared.
#
#   bench/spark-ten-minutes.sh     # from the repository root; about 4 minutes on 2 cores
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work/spark-ten

mvn -q install -DskipTests
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP=target/classes:$(cat target/classpath.txt)

if [ ! -f "$WORK/ready" ]; then
  rm -rf "$WORK"
  mkdir -p "$WORK"
  # width height fps trainVideos trainSeconds testVideos testSeconds seed: 60 s to train on, one test video of 600 s
  java -cp "$CP" bench/TimelineVideos.java "$WORK/videos" 320 240 25 1 60 1 600 21
  java -jar target/vigil.jar timeline --train "$WORK/videos/train" --test "$WORK/videos/train" --out "$WORK/timeline" \
    --no-cache > "$WORK/timeline.log" 2>&1
  mkdir -p "$WORK/archive" && cp "$WORK/videos/test/test_01.mp4" "$WORK/archive/"
  touch "$WORK/ready"
fi

# a threshold near the 99th percentile of the test video's frame scores, so that there are segments to compare
java -jar target/vigil.jar export-bundle "$WORK/timeline" --threshold 12 --out "$WORK/ten.vigil" --overwrite
rm -rf "$WORK/one-machine" "$WORK/spark"
java -jar target/vigil.jar score "$WORK/archive/test_01.mp4" --bundle "$WORK/ten.vigil" --out "$WORK/one-machine" \
  --no-cache > "$WORK/score.log" 2>&1
VIGIL_SKIP_BUILD=0 spark/run-local.sh --bundle "$WORK/ten.vigil" --videos "$WORK/archive" --out "$WORK/spark" \
  --master 'local[2]' --chunk-seconds 60 --csv 2> "$WORK/spark.log"

python3 - "$WORK" <<'PY'
import csv, sys
work = sys.argv[1]
def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))
one = rows(f"{work}/one-machine/frame_scores.csv")
spark = rows(f"{work}/spark/frame_scores.csv")
one_scores = {int(r["frame"]): float(r["score"]) for r in one}
spark_scores = {int(r["frame"]): float(r["score"]) for r in spark}
assert one_scores.keys() == spark_scores.keys(), (len(one_scores), len(spark_scores))
worst = max(abs(one_scores[k] - spark_scores[k]) for k in one_scores)
seg_one = [(r["start_frame"], r["end_frame"]) for r in rows(f"{work}/one-machine/segments.csv")]
seg_spark = [(r["start_frame"], r["end_frame"]) for r in rows(f"{work}/spark/segments.csv")]
print(f"frames: {len(one_scores)} one machine, {len(spark_scores)} Spark; largest difference of a frame score: {worst:.3g}")
print(f"segments: {len(seg_one)} one machine, {len(seg_spark)} Spark; identical: {seg_one == seg_spark}")
PY
