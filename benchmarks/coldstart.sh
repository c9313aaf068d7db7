#!/usr/bin/env bash
# Cold start of the CLI against a hello-world JVM, measured in the same run, alternating.
#
#   benchmarks/coldstart.sh [RUNS]        (default 15 rounds; needs the CLI jar: mvn -B -q install -DskipTests)
#
# Each round runs, one after the other:
#   hello     java -cp TMP Hello                                   (a hello-world JVM, compiled here)
#   default   java -jar samarbejdsplan-cli.jar publish PLAN ...   (plain java -jar, default flags)
#   c1        the launcher without a cache (SAMARBEJDSPLAN_CDS=off): -XX:TieredStopAtLevel=1 etc.
#   launcher-17  the launcher on Java 17 (SAMARBEJDSPLAN_JAVA): the static AppCDS archive
#   launcher  examples/cli/samarbejdsplan publish PLAN ...         (what the README tells users to run: a
#                                                                   Java 25+ if installed, with its AOT cache;
#                                                                   C1 only, on one compiler thread)
#   baseline  with COLDSTART_BASELINE=DIR: DIR/samarbejdsplan (an earlier launcher) running
#             DIR/samarbejdsplan-cli.jar with its archive, for before/after figures in one run
# and prints the median and minimum wall time of each, the median CPU time (user + sys), and the ratio of
# the medians to hello world. With hyperfine installed and --hyperfine, it also runs hyperfine on the same
# commands (hyperfine does not alternate: it runs all runs of one command, then the next).
#
# It first checks that `formats` builds neither the validator nor a YAML parser (-verbose:class), then copies
# the jar into a temporary folder and makes its static AppCDS archive there with the training run and dump of
# examples/cli/pom.xml (so that a build running meanwhile cannot change what is measured).
# Writes the table to benchmarks/target/coldstart.md as well.
set -euo pipefail

runs=15
use_hyperfine=false
for arg in "$@"; do
  case "$arg" in
    --hyperfine) use_hyperfine=true ;;
    ''|*[!0-9]*) echo "usage: $0 [RUNS] [--hyperfine]" >&2; exit 2 ;;
    *) runs="$arg" ;;
  esac
done
if (( runs < 10 )); then
  echo "coldstart: at least 10 runs (a median of fewer says little)" >&2
  exit 2
fi

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$root/examples/cli/target/samarbejdsplan-cli.jar"
archive="$root/examples/cli/target/samarbejdsplan-cli.jsa"  # made by mvn package
launcher="$root/examples/cli/samarbejdsplan"
plan="$root/examples/plans/samarbejdsplan-2007.yaml"
java="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java="$JAVA_HOME/bin/java"
fi
if [[ ! -f "$jar" ]]; then
  echo "coldstart: $jar is missing; build it first: mvn -B -q install -DskipTests" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- lazy initialisation: formats must not build the validator or a YAML parser ----------------------------
"$java" -verbose:class -jar "$jar" formats > "$tmp/formats-classes.txt" 2>&1
loaded="$(grep -c 'class,load' "$tmp/formats-classes.txt" || true)"
heavy="$(grep 'class,load' "$tmp/formats-classes.txt" \
  | grep -c -E ' (org\.hibernate\.|jakarta\.validation\.|org\.snakeyaml\.|tools\.jackson\.dataformat\.|tools\.jackson\.databind\.|org\.apache\.velocity\.)' || true)"
echo "formats loads $loaded classes, $heavy of them from Hibernate Validator, SnakeYAML, Jackson YAML/databind or Velocity"
if (( heavy > 0 )); then
  grep 'class,load' "$tmp/formats-classes.txt" \
    | grep -E ' (org\.hibernate\.|jakarta\.validation\.|org\.snakeyaml\.|tools\.jackson\.dataformat\.|tools\.jackson\.databind\.|org\.apache\.velocity\.)' | head -5
  echo "coldstart: formats is not lazy" >&2
  exit 1
fi

# --- the archive -------------------------------------------------------------------------------------------
# The measured jar is a copy in the temporary folder, with its own static archive made by the same training run
# and dump as examples/cli/pom.xml: a build running meanwhile (the machine may be shared) cannot change what is
# measured.
if [[ -f "$archive" ]] && "$java" -Xshare:on "-XX:SharedArchiveFile=$archive" -XX:+UseSerialGC -jar "$jar" \
    --version > /dev/null 2>&1; then
  echo "the build's archive $archive matches the jar"
else
  echo "NOTE: the build's archive $archive is missing or does not match the jar (rebuilt without it?); the launcher" \
    "would start without it until: mvn -B -q -pl examples/cli package -DskipTests"
fi
cp -p "$jar" "$tmp/samarbejdsplan-cli.jar"
jar="$tmp/samarbejdsplan-cli.jar"
"$java" "-XX:DumpLoadedClassList=$tmp/samarbejdsplan-cli.classlist" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -cp "$jar" dk.samarbejdsplan.cli.internal.CdsTraining "$plan" "$tmp/training" > "$tmp/training.log" 2>&1 || true
"$java" -Xshare:dump "-XX:SharedClassListFile=$tmp/samarbejdsplan-cli.classlist" \
  "-XX:SharedArchiveFile=$tmp/samarbejdsplan-cli.jsa" -cp "$jar" dk.samarbejdsplan.cli.Main > "$tmp/dump.log" 2>&1 || true
"$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p' > "$tmp/samarbejdsplan-cli.jsa.jdk"
# the AOT cache of a Java 25+, as examples/cli/pom.xml makes it (the launcher prefers that Java)
java25="${AOT_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [[ -x "$java25/bin/java" ]]; then
  "$java25/bin/java" "-XX:AOTCacheOutput=$tmp/samarbejdsplan-cli.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -XX:-UsePerfData -cp "$jar" dk.samarbejdsplan.cli.internal.CdsTraining "$plan" "$tmp/training25" \
    > "$tmp/training25.log" 2>&1 || true
  [[ -f "$tmp/samarbejdsplan-cli.aot" ]] && readlink -f "$java25" > "$tmp/samarbejdsplan-cli.aot.jdk"
fi
if ! "$java" -Xshare:on "-XX:SharedArchiveFile=$tmp/samarbejdsplan-cli.jsa" -XX:+UseSerialGC -jar "$jar" \
    --version > /dev/null 2>&1; then
  echo "coldstart: could not make an AppCDS archive with $java" >&2
  exit 1
fi
export SAMARBEJDSPLAN_JAR="$jar"

# --- hello world -------------------------------------------------------------------------------------------
cat > "$tmp/Hello.java" <<'EOF'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
EOF
"${java%java}javac" -d "$tmp" "$tmp/Hello.java" 2> /dev/null || javac -d "$tmp" "$tmp/Hello.java"

names=(hello default c1 launcher-17 launcher)
baseline="${COLDSTART_BASELINE:-}"
if [[ -n "$baseline" ]]; then
  names+=(baseline)
fi
java17="$(readlink -f "$(command -v "$java")")"
run_one() {
  case "$1" in
    hello) "$java" -cp "$tmp" Hello ;;
    default) "$java" -jar "$jar" publish "$plan" --out "$tmp/out-default" ;;
    c1) SAMARBEJDSPLAN_CDS=off SAMARBEJDSPLAN_JAVA="$java17" "$launcher" publish "$plan" --out "$tmp/out-c1" ;;
    launcher-17) SAMARBEJDSPLAN_JAVA="$java17" "$launcher" publish "$plan" --out "$tmp/out-17" ;;
    launcher) "$launcher" publish "$plan" --out "$tmp/out-launcher" ;;
    baseline) SAMARBEJDSPLAN_JAR="$baseline/samarbejdsplan-cli.jar" "$baseline/samarbejdsplan" publish "$plan" \
      --out "$tmp/out-baseline" ;;
  esac
}

# one warm-up round (page cache), not counted
for name in "${names[@]}"; do run_one "$name" > /dev/null 2>&1; done
for name in "${names[@]}"; do : > "$tmp/$name.times"; done

TIMEFORMAT='%3R %3U %3S'
echo "measuring $runs rounds of: ${names[*]} (alternating) ..."
for ((i = 1; i <= runs; i++)); do
  for name in "${names[@]}"; do
    { time run_one "$name" > /dev/null 2>&1; } 2>> "$tmp/$name.times"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
hello_median="$(awk '{print $1}' "$tmp/hello.times" | median)"

out="$root/benchmarks/target/coldstart.md"
mkdir -p "$(dirname "$out")"
{
  echo "Cold start, $runs alternating rounds, $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $("$java" -version 2>&1 | head -1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| launch | median wall ms | min wall ms | median CPU (user+sys) ms | × hello world (median wall) |"
  echo "|---|---:|---:|---:|---:|"
  for name in "${names[@]}"; do
    wall="$(awk '{print $1}' "$tmp/$name.times" | median)"
    min="$(awk '{print $1}' "$tmp/$name.times" | sort -n | head -1)"
    cpu="$(awk '{print $2 + $3}' "$tmp/$name.times" | median)"
    awk -v n="$name" -v w="$wall" -v m="$min" -v c="$cpu" -v h="$hello_median" \
      'BEGIN {printf "| %s | %.0f | %.0f | %.0f | %.1f× |\n", n, w * 1000, m * 1000, c * 1000, w / h}'
  done
} | tee "$out"
echo "(written to $out)"

if $use_hyperfine && command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 2 --runs "$runs" \
    -n hello "$java -cp $tmp Hello" \
    -n default "$java -jar $jar publish $plan --out $tmp/hf-default" \
    -n launcher "$launcher publish $plan --out $tmp/hf-launcher"
fi
