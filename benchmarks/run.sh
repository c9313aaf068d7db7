#!/usr/bin/env bash
# Builds the project and the benchmarks jar, then runs the whole benchmark suite (about 10 minutes on 2 cores)
# and writes the table to benchmarks/target/results.md (JMH's JSON results beside it).
#
#   benchmarks/run.sh                  build, then the full suite
#   benchmarks/run.sh --no-build ...   skip the build; the other arguments go to the runner, for example
#   benchmarks/run.sh --no-build --quick                 a one-minute smoke run (measures nothing)
#   benchmarks/run.sh --no-build -p size=10000 'ExportBenchmarks.html'   any JMH options instead of the suite
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  mvn -B -q install -DskipTests
  mvn -B -q -f benchmarks/pom.xml package
fi
exec java -jar benchmarks/target/benchmarks.jar "$@"
