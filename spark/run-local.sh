#!/usr/bin/env bash
# Scores an archive of videos with a Vigil bundle on Spark's local master: no Spark install is needed, Maven brings
# Spark as a library. Builds what it needs first (Vigil into the local Maven repository, then this project).
#
#   spark/run-local.sh --bundle B.vigil --videos DIR_OR_LIST --out DIR [--master local[N]] [--csv]
#                      [--chunk-seconds S] [--threads T]
#
# VIGIL_SPARK_MEMORY sets the JVM heap (default 4g); VIGIL_SKIP_BUILD=1 runs what was built last;
# VIGIL_SPARK_LOG4J names another log4j2 configuration (the benchmark's logs the stages' times).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

if [ "${VIGIL_SKIP_BUILD:-0}" != "1" ]; then
  mvn -q -f "$root/pom.xml" install -DskipTests
  # compile scope includes Spark (provided): the local master runs in this JVM
  mvn -q -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.includeScope=compile \
    -Dmdep.outputFile="$here/target/classpath.txt"
fi

args=("$@")
case " $* " in
  *" --master "*|*" --master="*) ;;
  *) args+=(--master "local[*]") ;;
esac

# Spark on Java 17 needs the module options of java17.options; log4j2-local.properties keeps Spark's INFO lines out.
# The throughput collector: decoding allocates frame after frame, and a batch job has no pause to avoid; with two
# tasks on two cores G1 cost about a quarter more CPU for the same chunks (docs/benchmarks.md).
exec java -Xmx"${VIGIL_SPARK_MEMORY:-4g}" -XX:+UseParallelGC @"$here/java17.options" \
  -Dlog4j2.configurationFile="${VIGIL_SPARK_LOG4J:-$here/log4j2-local.properties}" \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" dev.vigil.spark.ScoreArchive "${args[@]}"
