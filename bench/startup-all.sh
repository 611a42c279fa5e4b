#!/usr/bin/env bash
# Start-up figures of the three programs, each against a bare JVM start measured in the same run
# (issue 14): medians of RUNS runs of
#   - `java -version` (the JVM the launchers use),
#   - `ascendkit journey list` against a running engine: from the build tree (cli/target), and from
#     a copy of it elsewhere (the AOT cache must still be used),
#   - `ascendkit engine start` on a new data directory, to /v1/health answering,
#   - the editor (app/target/journey-studio, cold, new data directory): first frame and editable,
#     through bench/startup.sh.
#
#   bench/startup-all.sh [RUNS]        (default 9; build first: mvn -B -q package -DskipTests)
#
# Prints the load average before and after: on a busy machine the figures mean little.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-9}
cli=$ROOT/cli/target/ascendkit
[ -x "$cli" ] && [ -x "$ROOT/app/target/journey-studio" ] \
  || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
java_cmd=$(sed -n 's/^built_with="\(.*\)"$/\1/p' "$cli")/bin/java
work=$(mktemp -d)
engine=""
cleanup() {
  [ -n "$engine" ] && { kill "$engine" 2>/dev/null || true; wait "$engine" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config
unset ASCENDKIT_URL ASCENDKIT_SECRET_KEY JOURNEYS_DATA_DIR || true
mkdir -p "$HOME"

ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
# time_runs <command…>: the median wall time in ms of RUNS runs (after one warm-up run)
time_runs() {
  "$@" >/dev/null 2>&1 || true
  for _ in $(seq 1 "$runs"); do
    t0=$(ms); "$@" >/dev/null 2>&1; echo $(( $(ms) - t0 ))
  done | median
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $("$java_cmd" -version 2>&1 | head -1)"
jvm=$(time_runs "$java_cmd" -version)
echo "java -version: median $jvm ms"

# engine start to health, each on a new data directory
starts=()
for i in $(seq 1 "$runs"); do
  port=$(free_port)
  t0=$(ms)
  "$cli" engine start --port "$port" --data "$work/start-$i" >"$work/start-$i.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "the engine did not start:"; cat "$work/start-$i.log"; exit 1; }
    sleep 0.01
  done
  starts+=($(( $(ms) - t0 )))
  kill $pid; wait $pid 2>/dev/null || true
done
start=$(printf '%s\n' "${starts[@]}" | median)

# journey list against a running engine, from the build tree and from a copy
"$cli" engine start --port 0 --data "$work/data" >"$work/engine.log" 2>&1 &
engine=$!
until "$cli" journey list >/dev/null 2>&1; do
  kill -0 $engine 2>/dev/null || { echo "the engine did not start:"; cat "$work/engine.log"; exit 1; }
  sleep 0.1
done
for name in Onboarding Upgrades Winback; do
  "$cli" journey create --name "$name" --entry-event user.created --entry-node start -q >/dev/null
done
copy=$work/copy
mkdir -p "$copy"
cp -r "$ROOT"/cli/target/ascendkit "$ROOT"/cli/target/ascendkit.aot "$ROOT"/cli/target/lib \
  "$ROOT"/cli/target/cli-*.jar "$copy"/ 2>/dev/null
rm -f "$copy"/cli-*-tests.jar
list=$(time_runs "$cli" journey list)
copied=$(time_runs "$copy/ascendkit" journey list)
kill $engine; wait $engine 2>/dev/null || true
engine=""

ratio() { awk -v a="$1" -v b="$jvm" 'BEGIN {printf "%.1f", a / b}'; }
echo "ascendkit journey list (build tree): median $list ms = $(ratio "$list")x java -version"
echo "ascendkit journey list (a copy elsewhere): median $copied ms = $(ratio "$copied")x java -version"
echo "ascendkit engine start to /v1/health (new data directory): median $start ms"
"$ROOT/bench/startup.sh" "$(( runs < 5 ? runs : 5 ))" "$ROOT/app/target/journey-studio" | tail -2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
