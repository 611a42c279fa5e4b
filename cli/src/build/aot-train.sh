#!/bin/sh
# Trains the launcher's AOT cache, target/ascendkit.aot (run by `mvn package`; JEPs 483/514/515:
# the classes loaded and linked, and method profiles, of a training run). Runs the hidden
# `aot-training` command through the launcher itself with ASCENDKIT_AOT_TRAIN=1, which makes the
# launcher write the cache when the JVM exits: it starts a throw-away engine in that JVM and runs
# the common commands against it. If that fails here, it trains on `journey list` against no engine
# instead (a smaller cache), so packaging never depends on the engine starting.
set -eu
target=$1
launcher=$target/ascendkit
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config"
unset ASCENDKIT_URL ASCENDKIT_SECRET_KEY ASCENDKIT_AOT_TRAIN JOURNEYS_DATA_DIR || true
rm -f "$target/ascendkit.aot" "$target/ascendkit.jsa"

if ! ASCENDKIT_AOT_TRAIN=1 "$launcher" aot-training --data "$work/data"; then
  echo "aot-train: the training run failed; training on journey list against no engine" >&2
  ASCENDKIT_AOT_TRAIN=1 ASCENDKIT_URL=http://127.0.0.1:9 ASCENDKIT_SECRET_KEY=sk_none \
    "$launcher" journey list >/dev/null 2>&1 || true
fi
[ -f "$target/ascendkit.aot" ] || echo "aot-train: no cache was written (the CLI starts slower)" >&2
