#!/usr/bin/env bash
# Extraction benchmark: Vigil against the reference pipeline, on the same clips, on this machine.
#
#   bench/extraction.sh            # from the repository root; about 5 minutes on 2 cores
#
# 1. installs what it needs (Debian: python3-torch, python3-torchvision, python3-av, ffmpeg) if missing;
# 2. makes 24 clips shaped like UCF Sports: 720x480 H.264, 10 and 25 fps, 3-10 s, cut from real street footage
#    (vtest.avi of Debian's opencv-doc) with light temporal noise so every frame is distinct;
# 3. traces torchvision's R(2+1)D-18 (random weights, fc -> identity) to TorchScript with Debian's torch;
# 4. times (a) Vigil's `extract` with that TorchScript (several thread settings), (b) the reference pipeline in
#    Python, (c) decode-only and forward-only of the same clips, (d) the built-in descriptor, and the cache;
# 5. prints clips/s of each and the ratios.
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
N=$(($(wc -l < "$CLIPS/manifest.csv") - 1))

# --- model -------------------------------------------------------------------------------------------------
MODELS=$WORK/models
mkdir -p "$MODELS"
cp models/r2plus1d_18.json "$MODELS/"
[ -f "$MODELS/r2plus1d_18.pt" ] || $PY bench/trace_r2plus1d.py "$MODELS/r2plus1d_18.pt"

JAVA=(java -Dvigil.models="$MODELS" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
CP="target/vigil.jar:target/lib/*"
RESULTS=$WORK/results.txt
: > "$RESULTS"

# clips/s from the summary line of `vigil extract`
extract() {  # name, args...
  local name=$1; shift
  local line
  line=$("${JAVA[@]}" -jar target/vigil.jar extract --manifest "$CLIPS/manifest.csv" "$@" 2>&1 | grep '^extract: .* embedded') \
    || { echo "extract failed: $name" >&2; exit 1; }
  local seconds
  seconds=$(echo "$line" | sed -E 's/.* failed, ([0-9.]+) s .*/\1/')
  echo "$name $N $seconds" | tee -a "$RESULTS"
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"
# (a) Vigil end to end, without the cache, under several thread settings
for threads in 1 2; do
  for torch in 1 2; do
    extract "vigil_extract_w${threads}_t${torch}" --backbone r2plus1d_18 --no-cache --threads $threads \
      --torch-threads $torch --batch 8 --out "$WORK/out/r21d"
  done
done
# (b) the reference pipeline, with its decode-only and forward-only
$PY bench/reference_pipeline.py "$CLIPS/manifest.csv" "$CORES" | tee -a "$RESULTS"
# (c) Vigil decode-only (one thread) and forward-only (1 and 2 PyTorch threads)
"${JAVA[@]}" -cp "$CP" bench/ExtractionBench.java decode "$CLIPS/manifest.csv" | tee -a "$RESULTS"
for torch in 1 2; do
  "${JAVA[@]}" -cp "$CP" bench/ExtractionBench.java forward "$CLIPS/manifest.csv" $torch | tee -a "$RESULTS"
done
# (d) the built-in descriptor: end to end, and its computation alone
extract vigil_builtin_extract --backbone builtin --no-cache --out "$WORK/out/builtin"
"${JAVA[@]}" -cp "$CP" bench/ExtractionBench.java descriptor "$CLIPS/manifest.csv" | tee -a "$RESULTS"
# the cache: the first run fills it, the second reads it
rm -rf "$WORK/cache"
extract vigil_cache_fill --backbone r2plus1d_18 --cache "$WORK/cache" --threads 1 --torch-threads 2 --out "$WORK/out/c1"
extract vigil_cache_read --backbone r2plus1d_18 --cache "$WORK/cache" --threads 1 --torch-threads 2 --out "$WORK/out/c2"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS"

$PY bench/summarise.py "$RESULTS"
