#!/bin/sh
# Trains the launcher's class-data-sharing archive, target/ascendkit.jsa (run by `mvn package`).
# Starts a throw-away engine through the launcher itself, then runs the hidden `cds-training`
# command with ASCENDKIT_CDS_DUMP=1, which makes the launcher dump the classes it loaded. If the
# engine cannot start here, it trains on `journey list` against no engine instead (a smaller
# archive), so packaging never depends on a free port.
set -eu
target=$1
launcher=$target/ascendkit
work=$(mktemp -d)
export HOME="$work" XDG_CONFIG_HOME="$work/config"
unset ASCENDKIT_URL ASCENDKIT_SECRET_KEY ASCENDKIT_CDS_DUMP || true
rm -f "$target/ascendkit.jsa"

"$launcher" engine start --port 0 --data "$work/data" >"$work/engine.log" 2>&1 &
engine=$!
trap 'kill $engine 2>/dev/null || true; wait $engine 2>/dev/null || true; rm -rf "$work"' EXIT

i=0
until "$launcher" journey list >/dev/null 2>&1; do
  i=$((i + 1))
  if [ $i -ge 240 ] || ! kill -0 $engine 2>/dev/null; then
    echo "cds-train: no engine to train against; training on an unreachable one" >&2
    ASCENDKIT_CDS_DUMP=1 ASCENDKIT_URL=http://127.0.0.1:9 ASCENDKIT_SECRET_KEY=sk_none \
      "$launcher" journey list >/dev/null 2>&1 || true
    exit 0
  fi
  sleep 0.25
done
ASCENDKIT_CDS_DUMP=1 "$launcher" cds-training
