#!/usr/bin/env bash
# The Linux installers' test: builds the app-image and the .deb, unpacks the .deb (dpkg-deb -x)
# into a temporary root, and runs what it installed there, each user in a temporary HOME:
#   1. ascendkit --version, ascendkit engine start + journey create/list against it, env create
#      while it runs;
#   2. Journey Studio --self-test (under Xvfb) joins that running engine instead of opening its
#      database; and, given a journey file exported by the CLI (--self-test <file>, as the OS
#      passes a double-clicked *.journey.json), imports it as a new draft and shows it; and the
#      editor finds the ascendkit launcher beside it (engine service status, as its first-run
#      offer of the background service asks);
#   3. Journey Studio --self-test on a fresh HOME: starts its embedded engine, opens and renders a
#      journey, exits 0 - the cold start, timed (first frame and editor ready), then again warm;
#   4. the editor left running: ascendkit journey list uses its embedded engine, and
#      ascendkit engine start refuses to open the same database;
#   5. JNA loads its native library from the trimmed jar with the installed runtime;
#   and first, that the launchers use their AOT caches: the CLI's, shipped, and the editor's, made
#   by the postinst (aot-cache.sh), each run with -XX:AOTMode=on (no usable cache: the JVM stops);
#   a broken cache is ignored silently; a copy of the installation elsewhere still uses the CLI's;
# then reports the installer sizes and start-up times (targets: .deb <= 45 MB; CLI journey list
# <= 300 ms and <= 2.5x the bare JVM's java -version, both medians of 9 runs; first frame
# <= 1.5 s, editor ready <= 3 s; engine start to /v1/health <= 1.5 s; printed, never asserted:
# they depend on the machine's load) in target/installers/linux/report.txt, and fails when the
# .deb is over 45 MB (MiB, as printed).
#
# Usage: packaging/linux/test.sh            (SKIP_BUILD=1 reuses target/installers/linux)
# Needs: what build.sh needs (JDK 25, Maven, binutils, fakeroot) plus xvfb-run, curl and the GTK
# libraries: apt-get install binutils fakeroot xvfb xauth libgtk-3-0 libxtst6 libpangoft2-1.0-0
# Takes 3-5 minutes (training the caches and the .deb's compression are most of it); .ci/run runs
# it after mvn verify.
# Exit codes: 0 all passed, 1 a check or the build failed, 2 a prerequisite is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=$ROOT/target/installers/linux
REPORT=$DEST/report.txt

missing=()
for tool in jpackage jlink objcopy fakeroot dpkg-deb xvfb-run curl python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
{ /sbin/ldconfig -p 2>/dev/null || ldconfig -p 2>/dev/null; } | grep 'libgtk-3.so.0' >/dev/null || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "error: missing ${missing[*]}" >&2
  echo "install: apt-get install binutils fakeroot xvfb xauth curl python3 libgtk-3-0 libxtst6 libpangoft2-1.0-0" \
    "(and a JDK 25 with jpackage: openjdk-25-jdk or temurin-25-jdk, as JAVA_HOME)" >&2
  exit 2
fi

failures=0
pass() { printf 'PASS %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }
# check <description> <command…>: runs it, PASS or FAIL with its output
check() {
  local what=$1; shift
  local output
  if output=$("$@" 2>&1); then pass "$what"; else fail "$what"; printf '%s\n' "$output" | tail -20; fi
}

ms() { date +%s%3N; }
build_times=""
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mkdir -p "$DEST"
  t0=$(ms)
  "$ROOT/packaging/linux/build.sh" app-image deb >"$DEST/build.log" 2>&1 \
    || { tail -40 "$DEST/build.log"; echo "error: packaging/linux/build.sh failed" >&2; exit 1; }
  build_times=" $(( ($(ms) - t0) / 1000 )) s in all ($(grep -o '[a-z-]* built in [0-9]* s' "$DEST/build.log" | paste -sd, -))"
fi

DEB=$(ls "$DEST"/journey-studio_*.deb)
IMAGE=$DEST/journey-studio
[ -x "$IMAGE/bin/journey-studio" ] && [ -x "$IMAGE/bin/ascendkit" ] \
  && pass "app-image has both launchers" || fail "app-image launchers missing in $IMAGE/bin"

WORK=$(mktemp -d)
groups=()
# The background processes run in their own process groups (setsid), so that stopping one stops
# what it started too (xvfb-run's Xvfb and the editor).
stop_group() { kill -- "-$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
cleanup() {
  for pid in "${groups[@]}"; do stop_group "$pid"; done
  rm -rf "$WORK"
}
trap cleanup EXIT
dpkg-deb -x "$DEB" "$WORK/root"
APP=$WORK/root/opt/journey-studio
AK=$APP/bin/ascendkit
STUDIO=$APP/bin/journey-studio
desktop=$WORK/root/opt/journey-studio/lib/journey-studio-journey-studio.desktop
grep -q '^Name=Journey Studio$' "$desktop" 2>/dev/null \
  && grep -q '^MimeType=application/vnd.journeystudio.journey+json' "$desktop" \
  && pass "desktop entry with the *.journey.json MIME type" || fail "desktop entry: $desktop"
# jpackage 17 wrote a desktop file for the CLI too (resources/ascendkit.desktop hides it); 25 writes none
cli_desktop=$WORK/root/opt/journey-studio/lib/journey-studio-ascendkit.desktop
{ [ ! -e "$cli_desktop" ] || grep -q '^NoDisplay=true$' "$cli_desktop"; } \
  && pass "no menu entry for the CLI" || fail "the CLI has a visible menu entry"
grep -q 'glob pattern="\*.journey.json"' "$WORK"/root/opt/journey-studio/lib/*MimeInfo.xml \
  && pass "MIME type glob *.journey.json" || fail "no *.journey.json glob"

# as <home> <command…>: runs a command as a user whose HOME is <home>, nothing else configured
as() {
  local home=$1; shift
  mkdir -p "$home"
  env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u JOURNEYS_DATA_DIR -u ASCENDKIT_URL \
    -u ASCENDKIT_SECRET_KEY -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY HOME="$home" "$@"
}
# in_background <home> <log> <command…>: as, in a new process group; adds it to groups
in_background() {
  local home=$1 log=$2; shift 2
  mkdir -p "$home"
  setsid env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u JOURNEYS_DATA_DIR -u ASCENDKIT_URL \
    -u ASCENDKIT_SECRET_KEY -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY HOME="$home" "$@" \
    >"$log" 2>&1 </dev/null &
  groups+=($!)
}

# await_engine <home>: until ascendkit journey list answers (30 s)
await_engine() {
  local deadline=$(( $(date +%s) + 30 ))
  until as "$1" "$AK" journey list >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

# median <numbers…>
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "?"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
# wall_median <runs> <command…>: the median wall time of <runs> runs, in ms (output discarded)
wall_median() {
  local runs=$1 i t0 times=()
  shift
  "$@" >/dev/null 2>&1 || true # the page cache
  for i in $(seq 1 "$runs"); do
    t0=$(ms)
    "$@" >/dev/null 2>&1 || true
    times+=($(( $(ms) - t0 )))
  done
  median "${times[@]}"
}
# cache_share <home> <app dir> <launcher> <args…>: "<from the cache> of <loaded> classes" for a
# command run as <home> with the launcher's class path, main class and JVM options as its cfg has
# them (the launcher itself turns logging off: -Xlog:disable), logging each class loaded and where
# it came from.
cache_share() {
  local home=$1 app=$2 cfg=$2/lib/app/$3.cfg lib=$2/lib/app log=$WORK/class-load.log cp main opts=()
  shift 3
  cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$lib#" | paste -sd: -)
  main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
  while IFS= read -r opt; do opts+=("${opt//\$APPDIR/$lib}"); done < <(sed -n 's/^java-options=//p' "$cfg")
  as "$home" "$app/lib/runtime/bin/java" "${opts[@]}" -Xlog:class+load=info:file="$log" -cp "$cp" "$main" "$@" \
    >/dev/null 2>&1 </dev/null || true
  echo "$(grep -c 'source: shared objects file' "$log") of $(grep -c 'source: ' "$log") classes"
}

# The CLI's AOT cache ships in the package; the editor's is made by the postinst (aot-cache.sh;
# dpkg-deb -x runs no maintainer scripts, so here as the postinst does). -XX:AOTMode=on makes a
# launcher whose cache cannot be used fail ("Unable to use AOT cache") instead of starting without.
[ -f "$APP/lib/app/ascendkit.aot" ] && pass "the CLI's AOT cache ships in the .deb ($(du -m "$APP/lib/app/ascendkit.aot" | cut -f1) MB)" \
  || fail "no lib/app/ascendkit.aot in the .deb"
t0=$(ms)
sh "$APP/lib/app/aot-cache.sh" "$APP"
editor_cache_ms=$(( $(ms) - t0 ))
if [ -f "$APP/lib/app/journey-studio.aot" ]; then
  out=$(as "$WORK/home-cds" env -u DISPLAY JAVA_TOOL_OPTIONS="-XX:AOTMode=on -XX:+PrintSharedArchiveAndExit" \
    timeout 120 "$STUDIO" 2>&1 || true)
  if [[ $out == *"archive is valid"* ]]; then
    pass "the editor's AOT cache is made at install ($editor_cache_ms ms, $(du -m "$APP/lib/app/journey-studio.aot" | cut -f1) MB) and valid for its launcher"
  else
    fail "the editor's launcher cannot use its AOT cache"; printf '%s\n' "$out" | grep -iv '^ *[0-9]*: ' | tail -5
  fi
else
  fail "aot-cache.sh made no cache (is there a lib/app/journey-studio.classlist?)"
fi
check "ascendkit --version runs with -XX:AOTMode=on (its cache is used)" \
  as "$WORK/home-version" env JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$AK" --version
# the launchers say nothing when a cache is missing or stale, and still run
mv "$APP/lib/app/ascendkit.aot" "$WORK/ascendkit.aot"
printf 'not a cache' >"$APP/lib/app/ascendkit.aot"
out=$(as "$WORK/home-version" "$AK" --version 2>&1) && [[ $out == "ascendkit "* ]] && [[ $out != *AOT* ]] && [[ $out != *rror* ]] \
  && pass "with a broken AOT cache the CLI runs and says nothing of it" \
  || { fail "the CLI with a broken AOT cache"; echo "$out" | tail -5; }
mv "$WORK/ascendkit.aot" "$APP/lib/app/ascendkit.aot"

# 1. the CLI and the engine it starts
version=$("$AK" --version | head -1)
[[ $version == "ascendkit "* ]] && pass "installed ascendkit --version: $version" \
  || fail "ascendkit --version said: $version"
H1=$WORK/home-cli
in_background "$H1" "$WORK/engine.log" "$AK" engine start --port 0
if await_engine "$H1"; then pass "ascendkit engine start: the engine answers"; else fail "engine did not start"; cat "$WORK/engine.log"; fi
created=$(as "$H1" "$AK" journey create --name "Installer test" --entry-event user.created \
  --entry-node welcome 2>&1) && pass "ascendkit journey create" \
  || { fail "ascendkit journey create"; echo "$created"; }
list=$(as "$H1" "$AK" journey list 2>&1 || true)
[[ $list == *"Installer test"* ]] && pass "ascendkit journey list shows the journey" \
  || { fail "journey list"; echo "$list"; }
# start-up of the CLI against the running engine, beside a bare JVM's in the same run; from the
# installed tree and from a copy of it elsewhere (the cache does not depend on where it is)
# the bare JVM: the JDK 25 that built the packages (with its default CDS archive; the bundled
# runtime has none, build.sh says why)
jdk_java=$(dirname "$(readlink -f "$(command -v jpackage)")")/java
cli_ms=$(wall_median 9 as "$H1" "$AK" journey list)
jvm_ms=$(wall_median 9 "$jdk_java" -version)
cp -a "$APP" "$WORK/copy"
check "a copy of the installation elsewhere still uses the CLI's cache (-XX:AOTMode=on)" \
  as "$H1" env JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$WORK/copy/bin/ascendkit" journey list
copy_ms=$(wall_median 9 as "$H1" "$WORK/copy/bin/ascendkit" journey list)
rm -rf "$WORK/copy"
cli_share=$(cache_share "$H1" "$APP" ascendkit journey list)
check "ascendkit env create while the engine runs" as "$H1" "$AK" env create staging
staging=$(as "$H1" "$AK" journey list --env staging 2>&1) \
  && [[ $staging != *"Installer test"* ]] \
  && pass "the new environment's keys work and see none of development's journeys" \
  || { fail "journey list --env staging"; echo "$staging"; }
# a *.journey.json as a user would double-click it: the editor gets its path as an argument
FILE=$WORK/installer-test.journey.json
journey_id=$(grep -o 'jrn_[A-Za-z0-9_-]*' <<<"$created" | head -1 || true)
check "ascendkit journey export to $(basename "$FILE")" \
  as "$H1" "$AK" journey export "$journey_id" -o "$FILE"

# 2. a window joins the engine the CLI started
out=$(as "$H1" timeout 120 xvfb-run -a "$STUDIO" --self-test 2>&1) || true
if [[ $out == *"self-test ok"*"local engine http://127.0.0.1:"* ]]; then
  pass "Journey Studio --self-test joined the running engine"
else
  fail "self-test with a running engine"; echo "$out" | tail -20
fi
# the first-run offer's way to the service: the ascendkit launcher beside the editor's, run by it
if [[ $out == *"background service: systemd user unit journey-engine.service: not installed"* ]]; then
  pass "Journey Studio runs ascendkit engine service status through the launcher beside it"
else
  fail "the editor's background-service status"; echo "$out" | grep -i 'background service' | tail -3
fi
# 2b. the editor started with a journey file imports it as a new draft and shows it
out=$(as "$H1" timeout 120 xvfb-run -a "$STUDIO" --self-test "$FILE" 2>&1) || true
if [[ $out == *"self-test ok"*"imported installer-test.journey.json as 'Installer test'"* ]]; then
  pass "Journey Studio opens a *.journey.json given as its argument"
else
  fail "self-test with a journey file"; echo "$out" | tail -20
fi
stop_group "${groups[0]}"

# the engine's start, to /v1/health answering 200: on a new data directory (created and migrated),
# then again on the same one
engine_times=()
for run in new existing; do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  t0=$(ms)
  in_background "$WORK/home-engine" "$WORK/engine-$run.log" "$AK" engine start --port "$port" --data "$WORK/home-engine/data"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v1/health")" = 200 ]; do
    [ $(( $(ms) - t0 )) -lt 60000 ] || break
    sleep 0.02
  done
  took=$(( $(ms) - t0 ))
  if [ "$took" -lt 60000 ]; then
    pass "ascendkit engine start ($run data directory): /v1/health answers after $took ms"
    engine_times+=("$took ms ($run data directory)")
  else
    fail "ascendkit engine start ($run data directory): no /v1/health in 60 s"; tail -5 "$WORK/engine-$run.log"
  fi
  stop_group "${groups[-1]}"
done

# 3. cold start: a fresh HOME, the editor starts its embedded engine
cold_ready="" cold_wall="" warm_ready="" cold_line="" cold_frame="" warm_frame=""
for run in cold warm; do
  t0=$(ms)
  # -XX:AOTMode=on: a launcher whose cache cannot be used stops instead of starting without it
  out=$(as "$WORK/home-studio" env JAVA_TOOL_OPTIONS=-XX:AOTMode=on \
    timeout 120 xvfb-run -a "$STUDIO" --self-test 2>&1) && rc=0 || rc=$?
  wall=$(( $(ms) - t0 ))
  ready=$(printf '%s\n' "$out" | sed -n 's/.*self-test ok \([0-9]*\) ms.*/\1/p')
  # "startup: first frame at <ms> ms after JVM start (epoch <ms>)"; the epoch less t0 includes
  # xvfb-run starting its X server
  frame=$(printf '%s\n' "$out" | sed -n 's/.*startup: first frame at \([0-9]*\) ms after JVM start (epoch \([0-9]*\)).*/\1 \2/p' | head -1)
  [ -n "$frame" ] && frame="${frame% *} ms from JVM start ($(( ${frame#* } - t0 )) ms from xvfb-run's launch)"
  if [ "$rc" = 0 ] && [[ $out == *"embedded engine"* ]] && [ -n "$ready" ] && [ -n "$frame" ]; then
    pass "Journey Studio --self-test ($run, its AOT cache used: -XX:AOTMode=on): first frame logged, embedded engine, journey rendered, exit 0"
  else
    fail "Journey Studio --self-test ($run), exit $rc"; echo "$out" | tail -20
  fi
  if [ $run = cold ]; then
    cold_ready=$ready cold_wall=$wall cold_frame=$frame
    cold_line=$(printf '%s\n' "$out" | grep -o 'self-test ok.*' | head -1)
  else
    warm_ready=$ready warm_frame=$frame
  fi
done

# 4. the editor running: the CLI joins its engine, a second engine does not take the database
H3=$WORK/home-studio
in_background "$H3" "$WORK/studio.log" xvfb-run -a "$STUDIO"
sleep 1
if await_engine "$H3"; then
  pass "ascendkit journey list reaches the editor's embedded engine"
  out=$(as "$H3" timeout 60 "$AK" engine start --port 0 2>&1) && rc=0 || rc=$?
  if [ "$rc" = 1 ] && [[ $out == *"already running"* ]]; then
    pass "ascendkit engine start refuses the database the editor holds"
  else
    fail "second engine on the editor's data: exit $rc"; echo "$out" | tail -5
  fi
else
  fail "the editor's embedded engine did not answer"; tail -20 "$WORK/studio.log"
fi

# 5. JNA's jar keeps only the Linux native libraries (build.sh): it must still find this system's
jna_out=$("$APP/lib/runtime/bin/java" -jar "$(ls "$APP"/lib/app/jna-[0-9]*.jar)" 2>&1 || true)
[[ $jna_out == *"Native: "* ]] && pass "JNA loads its native library ($(uname -m))" \
  || { fail "JNA native library"; echo "$jna_out" | tail -5; }

deb_bytes=$(stat -c %s "$DEB")
deb_mb=$(awk "BEGIN {printf \"%.1f\", $deb_bytes / 1048576}")
{
  echo "Journey Studio installers, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  echo ".deb: $(basename "$DEB") $deb_mb MB (target <= 45 MB)"
  echo "app-image: $(du -sm "$IMAGE" | cut -f1) MB on disk; installed from the .deb: $(du -sm "$APP" | cut -f1) MB"
  [ -n "$build_times" ] && echo "build:$build_times"
  echo "CLI journey list against a running engine, median of 9: ${cli_ms:-?} ms installed, ${copy_ms:-?} ms from a copy elsewhere; bare JVM (the JDK's java -version): ${jvm_ms:-?} ms, so $(awk "BEGIN {printf \"%.1f\", ${cli_ms:-0} / ${jvm_ms:-1}}")x (targets <= 300 ms, <= 2.5x)"
  echo "CLI journey list classes from its AOT cache: ${cli_share:-?}; the editor's cache made at install in ${editor_cache_ms:-?} ms"
  echo "engine start to /v1/health answering: ${engine_times[*]:-?} (target <= 1500 ms)"
  echo "first frame, cold: ${cold_frame:-?} (target <= 1500 ms); warm: ${warm_frame:-?}"
  echo "editor ready, cold (fresh data dir, embedded engine created): ${cold_ready:-?} ms from JVM start, ${cold_wall:-?} ms launch to exit (target <= 3000 ms ready)"
  echo "editor ready, warm (existing data dir): ${warm_ready:-?} ms from JVM start"
  echo "cold run's phases: ${cold_line:-?}"
  echo "load average during the test: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$REPORT"
if [ "$deb_bytes" -le $((45 * 1048576)) ]; then
  pass ".deb size $deb_mb MB <= 45 MB"
else
  fail ".deb size $deb_mb MB is over the 45 MB target"
fi
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
