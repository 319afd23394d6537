#!/bin/sh
# Makes Vigil's installers with the JDK's jpackage: an app image (Vigil with its own Java runtime, the samples and
# the launcher) and, on Linux, a .deb that puts it in /opt/vigil, adds a menu entry with its icon, `vigil` on the
# PATH and the .vigil file type. Run by `mvn -Ppackage package` after target/vigil.jar and target/lib are built.
# Windows (.msi, needs the WiX tools) and macOS (.dmg) are made the same way on those systems: --type msi with
# --win-menu --win-shortcut --win-console, or --type dmg with --mac-package-identifier dev.vigil.
set -eu

project=$(cd "$(dirname "$0")/.." && pwd)
version=${1:-0.1.0}
target="$project/target"
input="$target/jpackage/input"
images="$target/jpackage/image"
out="$target/installer"

rm -rf "$target/jpackage" "$out"
mkdir -p "$input" "$images" "$out"
cp "$target/vigil.jar" "$input/"
cp -r "$target/lib" "$input/lib"
cp -r "$project/samples" "$input/samples"

# the launcher finds the samples beside the jar: $APPDIR is the installed app folder
jpackage --type app-image --name vigil --app-version "$version" --vendor Vigil \
    --input "$input" --main-jar vigil.jar --main-class dev.vigil.Launcher \
    --icon "$project/packaging/linux/vigil.png" \
    --java-options '-Dvigil.samples=$APPDIR/samples' --java-options -Xmx4g \
    --dest "$images"
echo "app image: $images/vigil"

if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null 2>&1; then
    # JavaFX brings its natives in jars, so jpackage cannot see that a window needs GTK 3: the package says so
    (cd "$project" && jpackage --type deb --name vigil --app-version "$version" --vendor Vigil \
        --description "Desktop workbench for video anomaly detection with pretrained space-time models" \
        --app-image "$images/vigil" --icon "$project/packaging/linux/vigil.png" \
        --linux-shortcut --linux-menu-group "Science" --linux-app-category science \
        --linux-package-deps libgtk-3-0 \
        --file-associations "$project/packaging/linux/vigil-bundle.properties" \
        --resource-dir "$project/packaging/linux" \
        --dest "$out")
    ls "$out"/*.deb
fi
