#!/usr/bin/env bash
# Extraction benchmark: Vigil against the reference pipeline, on the same clips, on this machine.
#
#   bench/extraction.sh                   # from the repository root; about 5 minutes on 2 idle cores
#   PAIRS=5 CLIP_COUNT=12 bench/extraction.sh  # more rounds, fewer clips
#
# 1. installs what it needs (Debian: python3-torch, python3-torchvision, python3-av, ffmpeg) if missing;
# 2. makes 24 clips shaped like UCF Sports: 720x480 H.264, 10 and 25 fps, 3-10 s, cut from real street footage
#    (vtest.avi of Debian's opencv-doc) with light temporal noise so every frame is distinct; uses the first CLIP_COUNT;
# 3. traces torchvision's R(2+1)D-18 (random weights, fc -> identity) to TorchScript with Debian's torch;
# 4. runs PAIRS rounds (default 3), each the same commands in the same order, so that a change of load hits every
#    contender alike: Vigil extract with the reference resize (filling a fresh cache), the reference pipeline in
#    Python, Vigil extract with the antialias resize, Vigil extract reading the cache, Vigil extract with the
#    built-in descriptor; every command timed whole (process start to exit) and by its own clock (first clip to
#    last embedding), with the load average before it;
# 5. then, in one JVM, alternates R(2+1)D's forward passes and the descriptor's computation on prepared clips,
#    and in another decoding + preparing the clips with the reference resize and with the antialias one;
# 6. prints medians with their range, the ratios per round, and what each figure leaves out (bench/summarise.py).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$ROOT/bench/work
PY=/usr/bin/python3
CORES=$(nproc)
mkdir -p "$WORK"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
$PY -c "import torch" 2>/dev/null || missing+=(python3-torch)
$PY -c "import torchvision" 2>/dev/null || missing+=(python3-torchvision)
$PY -c "import av" 2>/dev/null || missing+=(python3-av)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -f target/vigil.jar ] || mvn -q package -DskipTests

# --- clips -------------------------------------------------------------------------------------------------
CLIPS=$WORK/clips
if [ ! -f "$CLIPS/manifest.csv" ]; then
  mkdir -p "$CLIPS" "$WORK/footage"
  SOURCE=""
  if [ ! -f "$WORK/footage/vtest.avi" ]; then
    (cd "$WORK/footage" && apt-get download opencv-doc >/dev/null 2>&1 && dpkg -x opencv-doc_*.deb x \
      && cp x/usr/share/doc/opencv-doc/examples/data/vtest.avi . && rm -rf x opencv-doc_*.deb) || true
  fi
  [ -f "$WORK/footage/vtest.avi" ] && SOURCE=$WORK/footage/vtest.avi
  echo "path,label,class,split" > "$CLIPS/manifest.csv.tmp"
  for i in $(seq 0 23); do
    fps=$(( i % 2 == 0 ? 25 : 10 )); dur=$(( 3 + (i * 5) % 8 )); start=$(( (i * 7) % 65 ))
    out=$(printf "clip_%02d.mp4" "$i")
    if [ -n "$SOURCE" ]; then
      input=(-ss "$start" -t "$dur" -i "$SOURCE")
    else
      input=(-f lavfi -i "testsrc2=size=720x480:rate=$fps:duration=$dur")
    fi
    ffmpeg -loglevel error -y "${input[@]}" -vf "scale=720:480,fps=$fps,noise=alls=6:allf=t" \
      -c:v libx264 -pix_fmt yuv420p -b:v 2500k -maxrate 3000k -bufsize 3000k -an "$CLIPS/$out"
    echo "$out,0,street,test" >> "$CLIPS/manifest.csv.tmp"
  done
  mv "$CLIPS/manifest.csv.tmp" "$CLIPS/manifest.csv"
fi
PAIRS=${PAIRS:-3}
TAKE=${CLIP_COUNT:-24}
MANIFEST=$WORK/manifest-$TAKE.csv
head -n $((TAKE + 1)) "$CLIPS/manifest.csv" | sed "s|^clip_|clips/clip_|" > "$MANIFEST"
N=$(($(wc -l < "$MANIFEST") - 1))

# --- model -------------------------------------------------------------------------------------------------
MODELS=$WORK/models
mkdir -p "$MODELS"
cp models/r2plus1d_18.json "$MODELS/"
[ -f "$MODELS/r2plus1d_18.pt" ] || $PY bench/trace_r2plus1d.py "$MODELS/r2plus1d_18.pt"


JAVA=(java -Dvigil.models="$MODELS" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
CP="target/vigil.jar:target/lib/*"
RESULTS=$WORK/results.txt
: > "$RESULTS"
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }

# One line per command: name round clips whole-process-seconds own-clock-seconds load-before
record() {  # name round seconds-whole seconds-own load
  printf '%s %s %s %.3f %s %s\n' "$1" "$2" "$N" "$3" "$4" "$5" | tee -a "$RESULTS"
}

# vigil extract: whole process timed here, its own clock (first clip to last embedding) from its summary line
extract() {  # name round args...
  local name=$1 round=$2; shift 2
  local before start line
  before=$(load); start=$(now)
  line=$("${JAVA[@]}" -jar target/vigil.jar extract --manifest "$MANIFEST" "$@" 2>&1 | grep '^extract: .* embedded') \
    || { echo "extract failed: $name" >&2; exit 1; }
  record "$name" "$round" "$(awk "BEGIN { print $(now) - $start }")" "$(echo "$line" | sed -E 's/.* failed, ([0-9.]+) s .*/\1/')" "$before"
}

reference() {  # round
  local before start line
  before=$(load); start=$(now)
  line=$($PY bench/reference_pipeline.py "$MANIFEST" "$CORES" pipeline | grep '^reference_pipeline')
  record reference_pipeline "$1" "$(awk "BEGIN { print $(now) - $start }")" "$(echo "$line" | cut -d' ' -f3)" "$before"
}

echo "# $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $N clips; $PAIRS rounds" | tee -a "$RESULTS"
for round in $(seq 1 "$PAIRS"); do
  rm -rf "$WORK/cache"
  extract vigil_reference "$round" --backbone r2plus1d_18 --resize reference --cache "$WORK/cache" \
    --out "$WORK/out/reference"
  reference "$round"
  extract vigil_antialias "$round" --backbone r2plus1d_18 --resize antialias --no-cache --out "$WORK/out/antialias"
  extract vigil_cache_read "$round" --backbone r2plus1d_18 --resize reference --cache "$WORK/cache" \
    --out "$WORK/out/cached"
  extract vigil_builtin "$round" --backbone builtin --no-cache --out "$WORK/out/builtin"
done
# in one JVM: R(2+1)D's forward passes and the descriptor's computation, alternated, on clips decoded beforehand
"${JAVA[@]}" -cp "$CP" bench/ExtractionBench.java alternate "$MANIFEST" "$PAIRS" | tee -a "$RESULTS"
# in one JVM: decoding and preparing every clip with the reference resize and with the antialias one, alternated
"${JAVA[@]}" -cp "$CP" bench/ExtractionBench.java resize "$MANIFEST" "$PAIRS" | tee -a "$RESULTS"
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"

$PY bench/summarise.py "$RESULTS"
