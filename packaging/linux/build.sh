#!/usr/bin/env bash
# Builds a Linux installer of Journey Studio with jpackage (JDK 25):
#   packaging/linux/build.sh app-image|deb|rpm [more types…]
# into target/installers/linux/. Each bundles a jlinked Java runtime with JavaFX, the editor (the
# journey-studio launcher) and the CLI (the ascendkit launcher, which also runs the engine:
# ascendkit engine start), with an AOT cache for each launcher (the CLI's trained here, the
# editor's made at installation from a class list recorded here). The .deb and .rpm
# install to /opt/journey-studio, link /usr/bin/ascendkit, add a desktop entry and the
# *.journey.json file type.
# Needs: JDK 25 (jlink, jpackage), Maven, binutils (objcopy), and fakeroot for .deb or rpm-build
# (rpmbuild) for .rpm: apt-get install binutils fakeroot rpm; xvfb-run for the editor's cache
# (without it, a warning and none).
source "$(dirname "$0")/../common.sh"

[ $# -gt 0 ] || die "usage: packaging/linux/build.sh app-image|deb|rpm [app-image|deb|rpm…]"
for type in "$@"; do
  case $type in
    app-image) ;;
    deb) require fakeroot "apt-get install fakeroot"; require dpkg-deb "apt-get install dpkg" ;;
    rpm) require rpmbuild "apt-get install rpm (Debian/Ubuntu) or dnf install rpm-build" ;;
    *) die "unknown type '$type': use app-image, deb or rpm" ;;
  esac
done
require "${JDK_BIN}jpackage" "install a JDK 25 (openjdk-25-jdk or temurin-25-jdk) and set JAVA_HOME to it"
require objcopy "apt-get install binutils (jlink --strip-debug uses objcopy)"

HERE=$ROOT/packaging/linux
case $(uname -m) in
  aarch64 | arm64) platform=linux-aarch64 ;; # JavaFX's classifier on 64-bit ARM
  *) platform=linux ;;
esac
resolve_version
assemble_input "$platform"
# JNA's native libraries for Linux on both architectures this script builds on.
trim_input linux-x86-64 linux-aarch64
# Uncompressed jars: the .deb's and .rpm's xz compresses them together far better than it can
# shrink deflated ones (packaging/README.md has the figures); the installed jars get larger.
log "storing the jars uncompressed"
repack_jars --store "$OUT"/input/*.jar
link_runtime lib
# The JDK's own CDS archive is left out (-2.7 MiB in the .deb, which the CLI's cache and Java 25's
# larger runtime took over its 45 MiB budget): both launchers name an AOT cache, which holds the
# JDK's classes they use too; only a launcher without its cache (the editor's before the postinst
# made it, or in a moved app-image) starts without any, slower.
rm -f "$OUT/runtime/lib/server/classes.jsa"

# The launchers' AOT caches (common.sh, training_properties), from a training app-image without
# them. The CLI's is trained on aot-training and ships in lib/app (+6 MiB in the .deb). The editor's
# trained cache would add 13 MiB to the .deb (and an AOT configuration to make it at install, as
# much), over its 45 MiB budget: so its class list is recorded from a --self-test under xvfb-run
# and aot-cache.sh makes the cache from it where it is installed (the .deb's postinst, the .rpm's
# %post; below for the app-image): classes loaded and linked ahead of time, without the methods'
# profiles. No xvfb-run: a warning and no editor cache.
training_properties "$HERE/ascendkit.properties"
cp "$HERE/aot-cache.sh" "$OUT/input/aot-cache.sh"
log "jpackage --type app-image (training image, no caches)"
"${JDK_BIN}jpackage" --type app-image --dest "$OUT/aot-train" --name journey-studio \
  --app-version "$APP_VERSION" --input "$OUT/input" --main-jar journey-studio.jar \
  --main-class com.ascendkit.journeys.studio.Launcher --runtime-image "$OUT/runtime" \
  --java-options "$EDITOR_JAVA_OPTIONS -XX:DumpLoadedClassList=$OUT/input/journey-studio.classlist" \
  --add-launcher "ascendkit=$OUT/aot-train/ascendkit.properties"
train_cli_cache "$OUT/aot-train/journey-studio/bin/ascendkit"
if command -v xvfb-run >/dev/null 2>&1; then
  train_editor "$OUT/input/journey-studio.classlist" xvfb-run -a "$OUT/aot-train/journey-studio/bin/journey-studio"
else
  log "warning: no xvfb-run: no class list, the installed editor gets no AOT cache (it starts slower)"
fi

DEST=$OUT/linux
mkdir -p "$DEST"
for type in "$@"; do
  log "jpackage --type $type"
  if [ "$type" = app-image ]; then rm -rf "$DEST/journey-studio"; else rm -f "$DEST"/*."$type"; fi
  started=$(date +%s)
  args=(
    --type "$type"
    --dest "$DEST"
    --name journey-studio
    --app-version "$APP_VERSION"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "$COPYRIGHT"
    --icon "$ROOT/packaging/icons/journey-studio.png"
    --input "$OUT/input"
    --main-jar journey-studio.jar
    --main-class com.ascendkit.journeys.studio.Launcher
    --runtime-image "$OUT/runtime"
    # a missing or stale cache is silently not used: the editor starts as without
    --java-options "$EDITOR_JAVA_OPTIONS $EDITOR_AOT_CACHE"
    --add-launcher "ascendkit=$HERE/ascendkit.properties"
  )
  if [ "$type" != app-image ]; then
    args+=(
      --resource-dir "$HERE/resources"
      --file-associations "$HERE/journey-file.properties"
      --linux-package-name journey-studio
      --linux-app-release 1
      --linux-menu-group "Development;"
      --linux-app-category devel
      --linux-shortcut
      --linux-deb-maintainer "packaging@ascendkit.dev"
      --linux-rpm-license-type "Proprietary"
    )
  fi
  # the file association names its icon relative to this directory
  (cd "$HERE" && "${JDK_BIN}jpackage" "${args[@]}")
  if [ "$type" = app-image ]; then
    # valid while the app-image stays where it is; moved, the editor starts without it
    log "the editor's AOT cache in the app-image"
    sh "$DEST/journey-studio/lib/app/aot-cache.sh" "$DEST/journey-studio"
  fi
  log "$type built in $(( $(date +%s) - started )) s"
done
ls -l "$DEST"
