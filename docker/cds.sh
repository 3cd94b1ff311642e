#!/usr/bin/env bash
# Class data sharing for the packaged application (docs/adr/0009): extracts the jar into a directory, then
# writes there a CDS archive (application.jsa) of the classes a start loads, from a training start on a
# throwaway embedded database that stops once the application context is refreshed. The application then
# starts with the archive:
#   java -XX:SharedArchiveFile=<directory>/application.jsa -jar <directory>/<jar's file name>
# An archive fits only the JDK and the extracted files it was made with: make it anew after each build, with
# the JDK that runs the application (docker/Dockerfile does it in the image). Without a usable archive the JVM
# warns and starts as usual.
#   docker/cds.sh <application jar> <directory>     (a new or empty directory, or one this script filled before)
set -euo pipefail
if [ "$#" -ne 2 ] || [ ! -f "$1" ]; then
  echo "usage: docker/cds.sh <application jar> <directory>" >&2
  exit 2
fi
jar="$1"
dir="$2"
if [ -e "$dir" ] && [ -n "$(ls -A "$dir")" ] && [ ! -f "$dir/$(basename "$jar")" ]; then
  echo "docker/cds.sh: $dir is not empty and holds no earlier extraction of $(basename "$jar"); nothing was changed" >&2
  exit 2
fi
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir"
training="$(mktemp -d)"
trap 'rm -rf "$training"' EXIT
# the embedded default and a password of its own, whatever this shell sets: nothing of the training start is kept
if ! env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    -u SPRING_PROFILES_ACTIVE -u PCPE_ADMIN_USER PCPE_DATA_DIR="$training" PCPE_ADMIN_PASSWORD="Training-$RANDOM-Start!" \
    java -XX:ArchiveClassesAtExit="$dir/application.jsa" -Dspring.context.exit=onRefresh \
    -jar "$dir/$(basename "$jar")" --server.port=0 > "$training/start.log" 2>&1; then
  cat "$training/start.log" >&2
  rm -f "$dir/application.jsa"
  echo "docker/cds.sh: the training start failed, no archive kept" >&2
  exit 1
fi
echo "docker/cds.sh: $dir/$(basename "$jar") and its archive $dir/application.jsa"
