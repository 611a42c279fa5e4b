#!/bin/sh
# Trains the launcher's AOT cache, target/ascendkit.aot (run by `mvn package`; JEP 483/514/515:
# the classes loaded and linked, and method profiles, of a training run). Starts a throw-away
# engine through the launcher itself, then runs the hidden `aot-training` command with
# ASCENDKIT_AOT_TRAIN=1, which makes the launcher write the cache when the JVM exits. If the engine
# cannot start here, it trains on `journey list` against no engine instead (a smaller cache), so
# packaging never depends on a free port.
set -eu
target=$1
launcher=$target/ascendkit
work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/config"
unset ASCENDKIT_URL ASCENDKIT_SECRET_KEY ASCENDKIT_AOT_TRAIN || true
rm -f "$target/ascendkit.aot" "$target/ascendkit.jsa"

"$launcher" engine start --port 0 --data "$work/data" >"$work/engine.log" 2>&1 &
engine=$!
trap 'kill $engine 2>/dev/null || true; wait $engine 2>/dev/null || true; rm -rf "$work"' EXIT

i=0
until "$launcher" journey list >/dev/null 2>&1; do
  i=$((i + 1))
  if [ $i -ge 240 ] || ! kill -0 $engine 2>/dev/null; then
    echo "aot-train: no engine to train against; training on an unreachable one" >&2
    ASCENDKIT_AOT_TRAIN=1 ASCENDKIT_URL=http://127.0.0.1:9 ASCENDKIT_SECRET_KEY=sk_none \
      "$launcher" journey list >/dev/null 2>&1 || true
    exit 0
  fi
  sleep 0.25
done
ASCENDKIT_AOT_TRAIN=1 "$launcher" aot-training
[ -f "$target/ascendkit.aot" ] || echo "aot-train: no cache was written (the CLI starts slower)" >&2
