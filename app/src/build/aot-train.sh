#!/bin/sh
# Trains the editor's AOT cache, target/journey-studio.aot (run by `mvn package`), by running the
# editor's --self-test (it starts its embedded engine on a new data directory, shows a journey and
# exits) through target/journey-studio itself, with JOURNEY_STUDIO_AOT_TRAIN=1, under xvfb-run so
# no window appears on the developer's screen. Without xvfb-run it makes no cache and says so: the
# editor then starts without one, only slower. Never fails the build.
set -u
target=$1
launcher=$target/journey-studio
rm -f "$target/journey-studio.aot"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "aot-train: no xvfb-run (apt-get install xvfb): the editor gets no AOT cache and starts slower" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
env -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY -u ASCENDKIT_URL -u ASCENDKIT_SECRET_KEY \
  -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$work" JOURNEYS_DATA_DIR="$work/data" \
  JOURNEY_STUDIO_AOT_TRAIN=1 timeout 300 xvfb-run -a "$launcher" --self-test </dev/null 2>&1
status=$?
if [ $status -ne 0 ] || [ ! -f "$target/journey-studio.aot" ]; then
  rm -f "$target/journey-studio.aot"
  echo "aot-train: the self-test failed ($status): no AOT cache for the editor (it starts slower)" >&2
fi
exit 0
