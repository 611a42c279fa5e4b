#!/usr/bin/env bash
# The editor's start-up benchmark: launches the real editor N times, each cold (a new HOME and a
# new JOURNEYS_DATA_DIR, so it creates and migrates a new database and starts its embedded engine),
# and prints each run's and the median times from launch to the first frame and to editable (the
# journey list loaded, the canvas usable), read from the lines the editor logs at those moments
# (StartupTimes). Then it stops the editor.
#
#   bench/startup.sh [runs] [command…]
#     runs     how many launches (default 5)
#     command  what to launch (default: java -jar app/target/journey-studio.jar); for the
#              installed editor: bench/startup.sh 5 /opt/journey-studio/bin/journey-studio
#
# Uses $DISPLAY when set, else starts its own Xvfb. Prints the load average before and after: the
# figures mean little on a busy machine. Needs: a built app (mvn -pl app -am package -DskipTests),
# Xvfb when there is no display.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
[ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then command=("$@"); else command=(java -jar "$ROOT/app/target/journey-studio.jar"); fi

ms() { date +%s%3N; }
work=$(mktemp -d)
xvfb=""
app=""
cleanup() {
  [ -n "$app" ] && { kill -- "-$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
  [ -n "$xvfb" ] && { kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  for n in $(seq 170 199); do [ -e "/tmp/.X11-unix/X$n" ] || break; done
  Xvfb ":$n" -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=":$n"
  sleep 1
fi

# the value of "startup: <what> at … (epoch N)" in a log
epoch() { sed -n "s/.*startup: $1 at .*(epoch \([0-9]*\)).*/\1/p" "$2" | head -1; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "?"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

echo "launching: ${command[*]} ($runs runs, cold, DISPLAY=$DISPLAY, $(nproc) cores)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
frames=() editables=()
for i in $(seq 1 "$runs"); do
  home=$work/home-$i log=$work/run-$i.log
  mkdir -p "$home"
  t0=$(ms)
  setsid env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY \
    HOME="$home" JOURNEYS_DATA_DIR="$home/data" "${command[@]}" >"$log" 2>&1 </dev/null &
  app=$!
  deadline=$(( $(date +%s) + 120 ))
  until grep -q 'startup: editable' "$log" || ! kill -0 "$app" 2>/dev/null \
    || [ "$(date +%s)" -ge "$deadline" ]; do
    sleep 0.05
  done
  kill -- "-$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
  frame=$(epoch 'first frame' "$log") editable=$(epoch editable "$log")
  if [ -z "$frame" ] || [ -z "$editable" ]; then
    echo "run $i: no start-up times in the log:"; tail -20 "$log"; exit 1
  fi
  frames+=($((frame - t0))) editables+=($((editable - t0)))
  printf 'run %d: first frame %5d ms, editable %5d ms  (%s)\n' "$i" $((frame - t0)) \
    $((editable - t0)) "$(grep -o 'started in [0-9]* ms' "$log" | head -1 | sed 's/^/engine /')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median: first frame $(printf '%s\n' "${frames[@]}" | median) ms, editable $(printf '%s\n' "${editables[@]}" | median) ms (launch to each, $runs cold runs)"
