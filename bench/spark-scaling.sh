#!/usr/bin/env bash
# Spark scaling benchmark: throughput of the Spark job (a timeline bundle over an archive of 720p videos) with one
# and with two executor cores, Spark's local master standing in for a cluster (local[1] against local[2]).
#
#   bench/spark-scaling.sh       # from the repository root, with nothing else running; about 8 minutes on 2 cores
#
# 1. builds Vigil and the Spark project (spark/run-local.sh's build);
# 2. generates once, in bench/work/spark, with the samples' renderer at 1280x720, 25 fps: 20 s of normal activity
#    for training and 4 test videos of 30 s (3000 frames in all), then makes a timeline bundle from them with
#    `vigil timeline` and `vigil export-bundle` (scene backbone, the defaults);
# 3. makes an archive of 16 videos (the 4 test videos, each under 4 names: 12 000 frames, 8 minutes of 720p), so that
#    what a job does once (probing, writing the datasets) weighs little beside the scoring;
# 4. runs the job on it with --master local[1] pinned to one core (taskset -c 0: Spark, the JIT and the garbage
#    collector share that core, as on an executor with one core), local[1] unpinned (the JVM's own threads get the
#    second core for free), and local[2] (15-second chunks: 32 chunk tasks), into a fresh output each time, and reads
#    frames and seconds from each run's summary.json (the job's own wall time, without the JVM and Spark start);
# 5. prints frames/s for each, per core, and the speed-up of 2 cores over 1.
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

if [ ! -d "$WORK/archive" ]; then
  mkdir -p "$WORK/archive"
  for copy in a b c d; do
    for f in "$WORK"/videos/test/*.mp4; do cp "$f" "$WORK/archive/${copy}_$(basename "$f")"; done
  done
fi

# Spark's scheduler logs how long each stage took: the chunk stage is the scoring, the rest is per job
cat > "$WORK/log4j2-stages.properties" <<'PROPS'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = error
logger.dag.name = org.apache.spark.scheduler.DAGScheduler
logger.dag.level = info
PROPS

# run LABEL MASTER [taskset cores]: one run, with the load average before it and the CPU time it took (whether it
# had its cores to itself shows as CPU seconds per wall second)
run() {
  local out="$WORK/out-$1"
  rm -rf "$out"
  local pin=()
  [ -n "${3:-}" ] && pin=(taskset -c "$3")
  echo "$1: load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$WORK/load-$1"
  VIGIL_SKIP_BUILD=1 VIGIL_SPARK_LOG4J="$PWD/$WORK/log4j2-stages.properties" /usr/bin/time -f "$1: %e s wall, %U s user, %S s system, peak RSS %M KiB" -o "$WORK/time-$1" "${pin[@]}" \
    spark/run-local.sh --bundle "$WORK/archive.vigil" --videos "$WORK/archive" --out "$out" --master "$2" \
    --chunk-seconds 15 2> "$WORK/stages-$1.log"
  cat "$WORK/time-$1"
  grep -o 'ShuffleMapStage [0-9]* (mapToPair at TimelineJob.java:[0-9]*) finished in [0-9]* ms' "$WORK/stages-$1.log" \
    | sed "s/^/$1: chunk stage (the scoring): /"
}
# RUNS="2" repeats one run (the others' results stay from before)
for label in ${RUNS:-1-pinned 1 2}; do
  case $label in
    1-pinned) run 1-pinned 'local[1]' 0 ;;
    1) run 1 'local[1]' ;;
    2) run 2 'local[2]' ;;
  esac
done

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
rate = {}
for label, cores, what in (("1-pinned", 1, "local[1] on 1 core"), ("1", 1, "local[1] unpinned"),
                           ("2", 2, "local[2] on 2 cores")):
    s = json.load(open(f"{work}/out-{label}/summary.json"))
    rate[label] = s["frames"] / s["seconds"]
    print(f"{what}: {s['videos']} videos, {s['frames']} frames in {s['seconds']:.1f} s: "
          f"{rate[label]:.1f} frames/s, {rate[label] / cores:.1f} per core")
print(f"speed-up of local[2] over local[1] on 1 core: {rate['2'] / rate['1-pinned']:.2f}x; "
      f"over local[1] unpinned: {rate['2'] / rate['1']:.2f}x")
PY
