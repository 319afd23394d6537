#!/usr/bin/env bash
# The demo end to end, as a user runs it on a fresh clone: wall time with a cold embedding cache, then warm.
#
#   bench/demo.sh              # from the repository root, after `mvn -q package -DskipTests`
#
# The cold run uses a new, empty cache folder (-Dvigil.cache), so every clip is decoded and described; the warm run
# reads the same cache. Both write their run folders under a temporary folder, which is removed at the end.
# Prints the wall time of each run and the demo's table (AUROC and the accuracy per split of every detector).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/vigil.jar
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

run() {
  local label=$1
  local start end
  start=$(date +%s.%N)
  java -Dvigil.cache="$WORK/cache" -jar "$JAR" demo --runs "$WORK/runs" > "$WORK/$label.out" 2> "$WORK/$label.err"
  end=$(date +%s.%N)
  printf '%s cache: %.1f s\n' "$label" "$(echo "$end - $start" | bc)"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
run cold
run warm
echo
sed -n '/^detector /,/^$/p' "$WORK/warm.out"
