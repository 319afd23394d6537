#!/usr/bin/env bash
# Takes the README's screenshots of the real workbench: a run on the bundled samples with the built-in backbone,
# driven by ScreenshotTour (test sources) under Xvfb, then reduced to 256-colour PNGs with ImageMagick.
# Run from the project folder; needs xvfb and imagemagick (Debian: apt-get install -y xvfb imagemagick).
set -euo pipefail
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
raw=$(mktemp -d)
xvfb-run -a -s "-screen 0 1400x900x24" \
    java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dev.vigil.ui.ScreenshotTour "$raw"
# the live view runs under Monocle's headless screen: it needs neither Xvfb nor GTK
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" -Dglass.platform=Monocle \
    -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
    dev.vigil.ui.LiveScreenshot "$raw/live.png"
for shot in "$raw"/*.png; do
    convert "$shot" -strip -colors 256 "PNG8:docs/screenshots/$(basename "$shot")"
done
rm -r "$raw"
ls -l docs/screenshots/*.png
