#!/usr/bin/env bash
# Builds a Linux installer of Journey Studio with jpackage (JDK 25):
#   packaging/linux/build.sh app-image|deb|rpm [more types…]
# into target/installers/linux/. Each bundles a jlinked Java runtime with JavaFX, the editor (the
# journey-studio launcher) and the CLI (the ascendkit launcher, which also runs the engine:
# ascendkit engine start). The .deb and .rpm install to /opt/journey-studio, link
# /usr/bin/ascendkit, add a desktop entry and the *.journey.json file type.
# Needs: JDK 25 (jlink, jpackage), Maven, binutils (objcopy), and fakeroot for .deb or rpm-build
# (rpmbuild) for .rpm: apt-get install binutils fakeroot rpm.
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
# The editor's class-data-sharing archive is made where it is installed (cds-archive.sh, run by the
# .deb's postinst and the .rpm's %post); what goes in it is recorded here, from a --self-test.
cp "$HERE/cds-archive.sh" "$OUT/input/cds-archive.sh"
if command -v xvfb-run >/dev/null 2>&1; then
  log "recording the classes the editor loads (--self-test under xvfb-run)"
  train=$(mktemp -d)
  env -u JOURNEYS_ENGINE_URL -u JOURNEYS_API_KEY -u ASCENDKIT_URL -u ASCENDKIT_SECRET_KEY \
    -u XDG_CONFIG_HOME -u XDG_DATA_HOME HOME="$train" JOURNEYS_DATA_DIR="$train/data" \
    xvfb-run -a "$OUT/runtime/bin/java" -XX:DumpLoadedClassList="$OUT/input/journey-studio.classlist" \
    -cp "$OUT/input/*" com.ascendkit.journeys.studio.Launcher --self-test >"$OUT/cds-classlist.log" 2>&1 \
    || { rm -f "$OUT/input/journey-studio.classlist"; log "warning: the self-test failed, no class list (see $OUT/cds-classlist.log)"; }
  rm -rf "$train"
else
  log "warning: no xvfb-run: no class list, the installed editor gets no class-data-sharing archive"
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
    # the archive cds-archive.sh makes; none (or a stale one) is silently not used
    --java-options "-XX:SharedArchiveFile=\$APPDIR/journey-studio.jsa -Xshare:auto -Xlog:disable -Xlog:all=error:stderr -Dfile.encoding=UTF-8"
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
    # valid while the app-image stays where it is; moved, it starts without
    log "class-data-sharing archive of the app-image"
    sh "$DEST/journey-studio/lib/app/cds-archive.sh" "$DEST/journey-studio"
  fi
  log "$type built in $(( $(date +%s) - started )) s"
done
ls -l "$DEST"
