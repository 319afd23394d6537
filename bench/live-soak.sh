#!/usr/bin/env bash
# Memory of a long watch: `vigil watch` on hours of camera time, RSS and Java heap sampled as it runs.
#
#   bench/live-soak.sh [HOURS] [BUNDLE] [VIDEO]    # from the repository root
#
# The VIDEO (default: the first test video of bench/live.sh at 1280x720, events included) is repeated through an
# FFmpeg concat list until it makes HOURS (default 1) of camera time at its frame rate, and watched as fast as it
# decodes with BUNDLE (default: that size's scene bundle of bench/live.sh, which must have run once). Every 15 s the
# script records the process's resident memory (VmRSS) and, from jstat, the heap in use and the old generation in
# use; it prints the samples and compares the first quarter of the run with the last.
set -euo pipefail
cd "$(dirname "$0")/.."
HOURS=${1:-1}
BUNDLE=${2:-bench/work/live/1280x720/scene.vigil}
VIDEO=${3:-bench/work/live/1280x720/test/test_01.mp4}
WORK=bench/work/live-soak
[ -f target/vigil.jar ] || mvn -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
cp "$VIDEO" "$WORK/loop.mp4"
# the video's length in seconds (the test videos of bench/live.sh are 30 s)
seconds=${LOOP_SECONDS:-30}
repeats=$(( (HOURS * 3600 + seconds - 1) / seconds ))
{ echo "ffconcat version 1.0"; for _ in $(seq "$repeats"); do echo "file loop.mp4"; done; } > "$WORK/hours.ffconcat"
# a bounded heap makes a leak fail instead of hiding in a lazy collector; the GC log gives the heap after each GC
java ${JAVA_OPTS:--Xmx512m} -Xlog:gc:file="$WORK/gc.log" -jar target/vigil.jar watch "$WORK/hours.ffconcat" --bundle "$BUNDLE" --out "$WORK/out" --pre 2s --post 2s \
  > "$WORK/watch.out" 2> "$WORK/watch.err" &
pid=$!
echo "seconds,rss_mib,heap_used_mib,old_used_mib,frames" > "$WORK/memory.csv"
start=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  sleep 15
  rss=$(awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$pid/status" 2>/dev/null || true)
  gc=$(jstat -gc "$pid" 2>/dev/null | tail -1 || true)
  [ -n "$rss" ] && [ -n "$gc" ] || continue
  heap=$(echo "$gc" | awk '{printf "%.0f", ($3+$4+$6+$8)/1024}')
  old=$(echo "$gc" | awk '{printf "%.0f", $8/1024}')
  done_frames=$({ find "$WORK/out/frame_scores" -name '*.csv' -exec cat {} + 2>/dev/null || true; } | wc -l)
  echo "$(( $(date +%s) - start )),$rss,$heap,$old,$done_frames" >> "$WORK/memory.csv"
done
wait "$pid" || true
tail -2 "$WORK/watch.err"
python3 - "$WORK/memory.csv" "$WORK/gc.log" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
n = len(rows)
if n < 8:
    sys.exit("too few samples: %d" % n)
q = max(1, n // 4)
def span(part, key):
    values = [int(r[key]) for r in part]
    return "%d-%d" % (min(values), max(values))
first, last = rows[1:q + 1], rows[-q:]
print("%d samples over %s s; %s frames scored (%.2f h of camera time at 25 fps)" % (
    n, rows[-1]["seconds"], rows[-1]["frames"], int(rows[-1]["frames"]) / 25 / 3600))
for key in ("rss_mib", "heap_used_mib", "old_used_mib"):
    print("%-14s first quarter %-10s last quarter %s MiB" % (key, span(first, key), span(last, key)))
# "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 3.1ms": heap after each GC
import re
after = [(float(m.group(1)), int(m.group(2))) for m in
         (re.search(r"\[([0-9.]+)s\].*->([0-9]+)M\(", line) for line in open(sys.argv[2])) if m]
if after:
    end = after[-1][0]
    for name, lo, hi in (("first quarter", 0, end / 4), ("last quarter", end * 3 / 4, end + 1)):
        part = [mib for t, mib in after if lo <= t < hi]
        print("heap after GC  %s: %d-%d MiB over %d collections" % (name, min(part), max(part), len(part)))
PY
