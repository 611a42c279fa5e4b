#!/bin/sh
# Median wall time of `ascendkit journey list` against a running engine, through the packaged
# launcher (cli/target/ascendkit, built by `mvn package`). Starts its own engine on a free port
# with a throw-away data directory and credentials file, creates a few journeys, then times RUNS
# runs (default 20) of `journey list` and prints each time and the median, in milliseconds.
#
#   cli/bench/journey-list.sh [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd -P)
launcher=$here/../target/ascendkit
runs=${1:-20}
[ -x "$launcher" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }

work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/config"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$launcher" engine start --port "$port" --data "$work/data" >"$work/engine.log" 2>&1 &
engine=$!
trap 'kill $engine 2>/dev/null; wait $engine 2>/dev/null; rm -rf "$work"' EXIT INT TERM

i=0
until "$launcher" journey list >/dev/null 2>&1; do
  i=$((i + 1))
  [ $i -lt 240 ] || { echo "the engine did not start:" >&2; cat "$work/engine.log" >&2; exit 1; }
  sleep 0.25
done
for name in Onboarding Upgrades Winback; do
  "$launcher" journey create --name "$name" --entry-event user.created --entry-node start -q >/dev/null
done

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 3 --runs "$runs" "$launcher journey list"
  exit 0
fi
"$launcher" journey list >/dev/null  # warm-up: page cache
times=""
n=0
while [ $n -lt "$runs" ]; do
  start=$(date +%s%N)
  "$launcher" journey list >/dev/null
  end=$(date +%s%N)
  times="$times $(( (end - start) / 1000000 ))"
  n=$((n + 1))
done
echo "journey list, $runs runs (ms):$times"
echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; print "median: " m " ms"}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
