#!/usr/bin/env bash
# Builds the jar and the dependency class path once, and prints the class path the benchmark sources run on.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/vigil.jar ] || mvn -q package -DskipTests >&2
[ -f target/classpath.txt ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
echo "target/classes:$(cat target/classpath.txt)"
