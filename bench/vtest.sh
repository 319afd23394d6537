#!/usr/bin/env bash
# Prints the path of vtest.avi (Debian's opencv-doc, a real 768x576 street camera at 10 fps), unpacking it once
# into bench/work/opencv-doc: the package is downloaded, not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=bench/work/opencv-doc
FILE="$DIR/usr/share/doc/opencv-doc/examples/data/vtest.avi"
if [ ! -f "$FILE" ]; then
  mkdir -p "$DIR"
  (cd "$DIR" && { apt-get download opencv-doc >/dev/null 2>&1 || { apt-get update -qq && apt-get download opencv-doc >/dev/null; }; } \
    && dpkg -x opencv-doc_*.deb . && rm -f opencv-doc_*.deb)
fi
echo "$FILE"
