# Shared by packaging/linux/build.sh and packaging/macos/build.sh (Windows: windows/build.ps1 does
# the same in PowerShell). Source it; it defines the functions below and these variables:
#   ROOT       the repository
#   OUT        target/installers (inputs, runtime and the installers)
#   VERSION    the Maven project's version (0.1.0-SNAPSHOT); APP_VERSION its numeric part (0.1.0)
# Environment: JAVA_HOME (a JDK 25 with jlink and jpackage; default: the one on the PATH),
#              MVN_FLAGS (extra Maven flags, e.g. -o when offline).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=$ROOT/target/installers
JDK_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}
MVN_FLAGS="-Dstyle.color=never ${MVN_FLAGS:-}"

APP_NAME="Journey Studio"
VENDOR="AscendKit"
DESCRIPTION="Journey Studio: a visual editor for user lifecycle journeys, with the journey engine and the ascendkit CLI"
COPYRIGHT="Copyright AscendKit"
# The JDK modules the editor, the engine and the CLI use (jdeps over their jars, plus jdk.crypto.ec
# for TLS to SMTP and PostgreSQL servers, jdk.unsupported for sun.misc.Unsafe users, jdk.zipfs).
# jdk.security.auth: dbus-java (the Secret Service keyring on Linux) reads the user id with
# com.sun.security.auth.module.UnixSystem; java.security.sasl: Angus Mail's SASL/OAuth2 login.
# No jar uses java.net.http.
JDK_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.scripting,java.security.jgss,java.security.sasl,java.sql,jdk.crypto.ec,jdk.jfr,jdk.net,jdk.security.auth,jdk.unsupported,jdk.zipfs
FX_MODULES=javafx.base,javafx.graphics,javafx.controls,javafx.fxml
# The editor launcher's JVM options, but for its AOT cache. -Xlog:disable keeps the JVM's notices
# off the console and errors still show, except the AOT cache's (-Xlog:aot*=off): a missing or
# stale cache is only slower, never an error (the launchers name a cache whether it is there or not).
EDITOR_JAVA_OPTIONS="-Xlog:disable -Xlog:all=error:stderr -Xlog:aot*=off:stderr -Dfile.encoding=UTF-8"
# The installed launchers read their AOT caches (JEPs 483/514/515: the classes loaded and linked,
# and the methods' profiles, of a training run) from beside the jars; jpackage's $APPDIR is lib/app
# (Linux), Contents/app (macOS), app (Windows). The CLI's is named in its ascendkit.properties.
EDITOR_AOT_CACHE="-XX:AOTCache=\$APPDIR/journey-studio.aot"

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# require <command> <how to get it>
require() {
  command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"
}

project_version() {
  (cd "$ROOT" && mvn -B -q $MVN_FLAGS -N exec:exec -Dexec.executable=echo '-Dexec.args=${project.version}') \
    | tr -d '\r' | sed -E 's/\x1b\[[0-9;]*m//g' | grep -E '^[0-9]' | tail -1
}

# VERSION and APP_VERSION (jpackage accepts only numbers: the -SNAPSHOT qualifier is dropped).
resolve_version() {
  VERSION=$(project_version)
  [ -n "$VERSION" ] || die "could not read the project version from Maven"
  APP_VERSION=${VERSION%%-*}
  log "version $VERSION (installers: $APP_VERSION)"
}

# Builds the jars and copies the runtime dependencies of app/ and cli/ (one class path for both
# launchers) into $OUT/input, and the JavaFX jars of platform $1 (linux, win, mac, mac-aarch64) into
# $OUT/javafx.
assemble_input() {
  local platform=$1
  log "building the jars (mvn package, tests skipped)"
  rm -rf "$ROOT/app/target/dependency" "$ROOT/cli/target/dependency" "$OUT/input" "$OUT/javafx"
  (cd "$ROOT" && mvn -B -q $MVN_FLAGS package dependency:copy-dependencies -pl app,cli -am \
    -DskipTests -Dascendkit.aot.skip=true -Dstudio.aot.skip=true -DincludeScope=runtime)
  mkdir -p "$OUT/input" "$OUT/javafx"
  cp "$ROOT/app/target/app-$VERSION.jar" "$OUT/input/journey-studio.jar"
  cp "$ROOT/cli/target/cli-$VERSION.jar" "$OUT/input/ascendkit.jar"
  local jar name
  for jar in "$ROOT"/app/target/dependency/*.jar; do
    name=$(basename "$jar")
    case $name in
      javafx-*-"$platform".jar) cp "$jar" "$OUT/javafx/" ;;
      javafx-*) ;; # the platform-less jars are empty
      *) cp "$jar" "$OUT/input/" ;;
    esac
  done
  # The CLI's own dependencies that the app does not have (picocli…); where both have a library,
  # the app's resolution wins, so one version of each is on the class path.
  for jar in "$ROOT"/cli/target/lib/*.jar; do
    name=$(basename "$jar")
    if ! ls "$OUT/input/$(artifact "$name")"-[0-9]*.jar >/dev/null 2>&1; then
      cp "$jar" "$OUT/input/"
    fi
  done
  [ "$(ls "$OUT/javafx" | wc -l)" -ge 4 ] || die "no JavaFX jars for $platform in app/target/dependency"
  log "input: $(ls "$OUT/input" | wc -l) jars, $(du -sh "$OUT/input" | cut -f1)"
}

# Leaves out of $OUT/input what no class loads at run time: annotation-only jars (Guava's and
# pgjdbc's checker-qual, error_prone_annotations, j2objc-annotations; Kotlin's JetBrains
# annotations: the JVM skips annotations whose classes are missing) and kotlin-stdlib-common (Kotlin
# metadata for the compiler, no classes); and keeps in JNA's jar only the native libraries of the
# systems named in $@ (its directory names, e.g. linux-x86-64 linux-aarch64): JNA loads the one of
# the running system, and the jar carries 26 of them.
trim_input() {
  rm -f "$OUT"/input/{checker-qual,error_prone_annotations,j2objc-annotations,annotations,kotlin-stdlib-common}-[0-9]*.jar
  local jna dir drop=()
  jna=$(ls "$OUT"/input/jna-[0-9]*.jar) || die "no JNA jar in $OUT/input"
  for dir in $("${JDK_BIN}jar" tf "$jna" | sed -nE 's#^com/sun/jna/([^/]+)/(lib)?jnidispatch\.[a-z]+$#\1#p'); do
    [[ " $* " == *" $dir "* ]] || drop+=(--drop "com/sun/jna/$dir/")
  done
  repack_jars "${drop[@]}" "$jna"
  log "input trimmed: $(ls "$OUT/input" | wc -l) jars, $(du -sh "$OUT/input" | cut -f1)"
}

# repack_jars [--store] [--drop <entry prefix>]… <jar>…: rewrites the jars in place
# (packaging/RepackJars.java, run by the JDK's source launcher).
repack_jars() {
  "${JDK_BIN}java" "$ROOT/packaging/RepackJars.java" "$@"
}

# kotlin-stdlib-jdk7-1.9.25.jar -> kotlin-stdlib-jdk7
artifact() {
  printf '%s\n' "$1" | sed -E 's/-[0-9][0-9A-Za-z.]*(-[A-Za-z0-9.]+)?\.jar$//'
}

# jlinks $OUT/runtime: the JDK modules above and JavaFX as modules, with JavaFX's native libraries
# in the runtime's library directory ($1: lib on Linux and macOS, bin on Windows), where JavaFX looks
# for them when it is part of the runtime image (nothing is extracted to ~/.openjfx at run time).
link_runtime() {
  local native_dir=$1
  log "jlink: runtime with $FX_MODULES"
  rm -rf "$OUT/runtime" "$OUT/native"
  "${JDK_BIN}jlink" --module-path "$OUT/javafx" --add-modules "$JDK_MODULES,$FX_MODULES" \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --exclude-resources='glob:/javafx.graphics/*.so,glob:/javafx.graphics/*.dylib,glob:/javafx.graphics/*.dll' \
    --output "$OUT/runtime"
  # The archive for heaps over 32 GB (no compressed oops) is dead weight for a desktop app.
  find "$OUT/runtime" -name 'classes_nocoops.jsa' -delete
  mkdir -p "$OUT/native"
  (cd "$OUT/native" && "${JDK_BIN}jar" xf "$(ls "$OUT"/javafx/javafx-graphics-*.jar)")
  find "$OUT/native" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
    -exec cp {} "$OUT/runtime/$native_dir/" \;
  log "runtime: $(du -sh "$OUT/runtime" | cut -f1)"
}

# The AOT caches are trained by running the launchers of a first app-image, built without them
# ($1: the ascendkit launcher's properties; it writes $OUT/aot-train/ascendkit.properties, the same
# but for -XX:AOTCache): a JVM cannot read one cache and write another (-XX:AOTCache and
# -XX:AOTCacheOutput together are refused), and a cache serves only the class path (in order) and
# JVM options it was trained with, which the two images' launchers share. The caches then go into
# $OUT/input and the real app-image and installers name them with -XX:AOTCache. A cache stays valid
# when the whole installation (jars and runtime) is copied or moved.
training_properties() {
  rm -rf "$OUT/aot-train"
  mkdir -p "$OUT/aot-train"
  sed -E 's/ -XX:AOTCache=[^ ]*//' "$1" >"$OUT/aot-train/ascendkit.properties"
  rm -f "$OUT"/input/*.aot "$OUT"/input/*.classlist
}

# train_cli_cache <ascendkit launcher of the training image>: $OUT/input/ascendkit.aot, from the
# hidden `aot-training` command (the common commands once each; no --data: not the engine's own
# start, whose classes would take the .deb over its 45 MB budget) against a throw-away engine that
# the same launcher starts (cli/src/build/aot-train.sh, for the build tree, trains with --data). Without
# an engine (no free port…) it warns and ships no cache: the CLI then starts slower.
train_cli_cache() {
  local ak=$1 cache=$OUT/input/ascendkit.aot work engine i=0 user
  log "training the CLI's AOT cache (aot-training against a throw-away engine)"
  work=$(mktemp -d)
  # a throw-away user (an array, not a function: $! must be the engine's own process to stop it)
  user=(env -u ASCENDKIT_URL -u ASCENDKIT_SECRET_KEY -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY
    -u JOURNEYS_DATA_DIR -u XDG_DATA_HOME -u JAVA_TOOL_OPTIONS HOME="$work" XDG_CONFIG_HOME="$work/config")
  "${user[@]}" "$ak" engine start --port 0 --data "$work/data" >"$OUT/aot-train/engine.log" 2>&1 &
  engine=$!
  until "${user[@]}" "$ak" journey list >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -ge 240 ] || ! kill -0 "$engine" 2>/dev/null; then
      log "warning: the training engine did not start: no CLI cache (see $OUT/aot-train/engine.log)"
      break
    fi
    sleep 0.25
  done
  if [ $i -lt 240 ] && kill -0 "$engine" 2>/dev/null; then
    "${user[@]}" JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache" "$ak" aot-training \
      >"$OUT/aot-train/cli.log" 2>&1 \
      || { rm -f "$cache"; log "warning: aot-training failed: no CLI cache (see $OUT/aot-train/cli.log)"; }
  fi
  kill "$engine" 2>/dev/null || true
  wait "$engine" 2>/dev/null || true
  rm -rf "$work"
  [ ! -f "$cache" ] || log "CLI cache: $(du -h "$cache" | cut -f1)"
}

# train_editor <file> <command…>: runs the editor's --self-test through <command…> (the training
# image's editor launcher, whose JVM options say what to record into <file>: -XX:AOTCacheOutput for
# its AOT cache, or -XX:DumpLoadedClassList; there, not in JAVA_TOOL_OPTIONS, which the ascendkit
# the editor runs for the background service's status would inherit), cold: a new HOME and data
# directory, so its embedded engine creates and migrates a database. Under xvfb-run where there is
# no display. A failed self-test: a warning and no <file>.
train_editor() {
  local file=$1 work
  shift
  log "training the editor: --self-test, cold, recording $(basename "$file")"
  work=$(mktemp -d)
  env -u ASCENDKIT_URL -u ASCENDKIT_SECRET_KEY -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY \
    -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u JAVA_TOOL_OPTIONS \
    HOME="$work" JOURNEYS_DATA_DIR="$work/data" "$@" --self-test >"$OUT/aot-train/editor.log" 2>&1 \
    || { rm -f "$file"; log "warning: the self-test failed: no $(basename "$file") (see $OUT/aot-train/editor.log)"; }
  rm -rf "$work"
  [ ! -f "$file" ] || log "$(basename "$file"): $(du -h "$file" | cut -f1)"
}
