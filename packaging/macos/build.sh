#!/usr/bin/env bash
# Builds the macOS installers of Journey Studio with jpackage (JDK 25) - on a Mac only:
#   packaging/macos/build.sh dmg|pkg|app-image [more types…]
# into target/installers/macos/: "Journey Studio.app" (bundle id com.ascendkit.journeys.studio)
# with a jlinked runtime, JavaFX, the editor and the ascendkit CLI (Contents/MacOS/ascendkit; the
# .pkg links it as /usr/local/bin/ascendkit), and the *.journey.json document type; each launcher
# with an AOT cache trained here.
# Signing (optional): MAC_SIGNING_KEY_USER_NAME="Developer ID Application: …" signs with that
# identity from the keychain; unsigned, Gatekeeper asks the user to confirm the first start.
# UNTESTED here (built on Linux): see packaging/README.md. CI: .github/workflows/installers.yml.
source "$(dirname "$0")/../common.sh"

[ "$(uname -s)" = Darwin ] || die "macOS installers are built on macOS (jpackage builds for its own OS)"
[ $# -gt 0 ] || die "usage: packaging/macos/build.sh dmg|pkg|app-image [dmg|pkg|app-image…]"
require "${JDK_BIN}jpackage" "install a JDK 25 and set JAVA_HOME to it"

HERE=$ROOT/packaging/macos
case $(uname -m) in
  arm64) platform=mac-aarch64 ;;
  *) platform=mac ;;
esac
resolve_version
# CFBundleVersion must start at 1 or more: a 0.y.z project is packaged as 1.y.z (override with
# MAC_APP_VERSION) until it reaches 1.0.
MAC_APP_VERSION=${MAC_APP_VERSION:-$(printf '%s\n' "$APP_VERSION" | sed -E 's/^0\./1./')}
assemble_input "$platform"
trim_input darwin-x86-64 darwin-aarch64 # JNA's native libraries for both Mac architectures
link_runtime lib

# The launchers' AOT caches (common.sh, training_properties), trained on a first app-image without
# them: the CLI's on aot-training against a throw-away engine, the editor's on its --self-test
# (which opens a window: the build needs a desktop session, as GitHub's macOS runners have; else a
# warning and no editor cache). Both ship in Contents/app (no size budget here, unlike the .deb,
# whose editor cache is made at installation: packaging/linux/aot-cache.sh).
training_properties "$HERE/ascendkit.properties"
log "jpackage --type app-image (training image, no caches)"
"${JDK_BIN}jpackage" --type app-image --dest "$OUT/aot-train" --name "$APP_NAME" \
  --app-version "$MAC_APP_VERSION" --input "$OUT/input" --main-jar journey-studio.jar \
  --main-class com.ascendkit.journeys.studio.Launcher --runtime-image "$OUT/runtime" \
  --java-options "$EDITOR_JAVA_OPTIONS -XX:AOTCacheOutput=$OUT/input/journey-studio.aot" \
  --add-launcher "ascendkit=$OUT/aot-train/ascendkit.properties" \
  --mac-package-identifier com.ascendkit.journeys.studio.training
train_cli_cache "$OUT/aot-train/$APP_NAME.app/Contents/MacOS/ascendkit"
train_editor "$OUT/input/journey-studio.aot" "$OUT/aot-train/$APP_NAME.app/Contents/MacOS/$APP_NAME"

DEST=$OUT/macos
mkdir -p "$DEST"
for type in "$@"; do
  case $type in
    app-image) rm -rf "$DEST/Journey Studio.app" ;;
    dmg|pkg) rm -f "$DEST"/*."$type" ;;
    *) die "unknown type '$type': use dmg, pkg or app-image" ;;
  esac
  log "jpackage --type $type (version $MAC_APP_VERSION)"
  args=(
    --type "$type"
    --dest "$DEST"
    --name "$APP_NAME"
    --app-version "$MAC_APP_VERSION"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "$COPYRIGHT"
    --icon "$ROOT/packaging/icons/journey-studio.icns"
    --input "$OUT/input"
    --main-jar journey-studio.jar
    --main-class com.ascendkit.journeys.studio.Launcher
    --runtime-image "$OUT/runtime"
    # a missing or stale cache is silently not used: the editor starts as without
    --java-options "$EDITOR_JAVA_OPTIONS $EDITOR_AOT_CACHE"
    --add-launcher "ascendkit=$HERE/ascendkit.properties"
    --file-associations "$HERE/journey-file.properties"
    --mac-package-identifier com.ascendkit.journeys.studio
    --mac-package-name "$APP_NAME"
    --resource-dir "$HERE/resources"
  )
  if [ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ]; then
    args+=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME")
  fi
  (cd "$HERE" && "${JDK_BIN}jpackage" "${args[@]}")
done
ls -l "$DEST"
