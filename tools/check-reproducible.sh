#!/usr/bin/env bash
# Checks that the build is reproducible: builds every module twice from clean ("mvn clean package", tests
# skipped) and compares every jar the build makes (classes, -sources, -javadoc, the CLI's shaded jar, the
# plugins) byte for byte by SHA-256. Prints the jars that differ, with the entries that differ, and exits 1;
# exits 0 when every jar is identical. Both builds use the time stamp project.build.outputTimestamp (pom.xml).
#
#   tools/check-reproducible.sh [more Maven options, for example -o or -Dmaven.repo.local=/path]
#
# Takes about twice a "mvn package" (a few minutes). Writes only target/ folders and a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() { # $1: where to keep the jars of this build
  mvn -B -ntp -q clean package -DskipTests -Dcds.skip=true "${@:2}"
  mkdir -p "$1"
  find . -path ./benchmarks -prune -o -path '*/target/*.jar' -print | grep -v '/target/.*/.*/' | sort |
    while read -r jar; do
      mkdir -p "$1/$(dirname "$jar")" && cp -p "$jar" "$1/$jar"
    done
  (cd "$1" && find . -name '*.jar' | sort | xargs sha256sum) > "$1.sha256"
}

echo "first build..." >&2
build "$work/first" "$@"
echo "second build..." >&2
build "$work/second" "$@"

count=$(wc -l < "$work/first.sha256")
if diff -q "$work/first.sha256" "$work/second.sha256" > /dev/null; then
  echo "reproducible: the $count jars of two clean builds are byte for byte the same"
  exit 0
fi
echo "NOT reproducible: these jars differ between two clean builds:"
diff "$work/first.sha256" "$work/second.sha256" | grep '^<' | awk '{print $3}' | while read -r jar; do
  echo "  $jar"
  # the entries that differ (name, size, CRC) and the time stamps of the first entries
  diff <(unzip -v "$work/first/$jar" | awk 'NR>3 {print $1, $7, $8}') \
       <(unzip -v "$work/second/$jar" | awk 'NR>3 {print $1, $7, $8}') | sed 's/^/    /' | head -20 || true
done
exit 1
