#!/bin/sh
# Trains the launcher's two AOT caches (run by `mvn package`; JEPs 483/514/515: the classes loaded
# and linked, and method profiles, of a training run), each by running the launcher itself with
# ASCENDKIT_AOT_TRAIN=<cache>, which makes it write that cache when the JVM exits:
#   - target/ascendkit-engine.aot, for `engine start`: the hidden `aot-training --data` starts a
#     throw-away engine in its JVM and runs the common commands against it;
#   - target/ascendkit.aot, for every other command: `aot-training` without --data runs the same
#     commands against an engine in another process, so the cache holds the CLI's classes only (a
#     JVM loads all of its cache's classes at start: with the engine's, `journey list` took 0.6 s).
# If the engine does not start here, the command cache is trained on `journey list` against no
# engine instead (a smaller cache), so packaging never depends on the engine starting.
set -eu
target=$1
launcher=$target/ascendkit
work=$(mktemp -d)
engine=""
cleanup() {
  [ -n "$engine" ] && { kill "$engine" 2>/dev/null || true; wait "$engine" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/config"
unset ASCENDKIT_URL ASCENDKIT_SECRET_KEY ASCENDKIT_AOT_TRAIN JOURNEYS_DATA_DIR || true
rm -f "$target/ascendkit.aot" "$target/ascendkit-engine.aot" "$target/ascendkit.jsa"

ASCENDKIT_AOT_TRAIN=$target/ascendkit-engine.aot "$launcher" aot-training --data "$work/trained" \
  || echo "aot-train: the engine's training run failed (engine start is slower)" >&2
rm -rf "$work/config"

"$launcher" engine start --port 0 --data "$work/data" >"$work/engine.log" 2>&1 &
engine=$!
tries=0
until "$launcher" journey list >/dev/null 2>&1; do
  tries=$((tries + 1))
  if ! kill -0 "$engine" 2>/dev/null || [ "$tries" -gt 300 ]; then
    echo "aot-train: the training engine did not start; training on journey list against no engine" >&2
    cat "$work/engine.log" >&2
    ASCENDKIT_AOT_TRAIN=$target/ascendkit.aot ASCENDKIT_URL=http://127.0.0.1:9 \
      ASCENDKIT_SECRET_KEY=sk_none "$launcher" journey list >/dev/null 2>&1 || true
    break
  fi
  sleep 0.1
done
if [ ! -f "$target/ascendkit.aot" ]; then
  ASCENDKIT_AOT_TRAIN=$target/ascendkit.aot "$launcher" aot-training \
    || echo "aot-train: the commands' training run failed" >&2
fi
[ -f "$target/ascendkit.aot" ] || echo "aot-train: no cache was written (the CLI starts slower)" >&2
