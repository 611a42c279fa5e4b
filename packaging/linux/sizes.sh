#!/usr/bin/env bash
# What takes the room in a .deb of Journey Studio, part by part:
#   packaging/linux/sizes.sh [target/installers/linux/journey-studio_*.deb]
# Unpacks it (dpkg-deb -x) and prints, for each part of /opt/journey-studio, its size installed and
# its size compressed alone with xz -6 (dpkg-deb's default), which is about its share of the .deb
# (the parts add up to within 1 % of the .deb's data.tar.xz). Sizes in MiB, as test.sh prints them.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEB=${1:-$(ls "$ROOT"/target/installers/linux/journey-studio_*.deb)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dpkg-deb -x "$DEB" "$WORK"
cd "$WORK/opt/journey-studio/lib"

mib() { awk "BEGIN {printf \"%6.1f\", $1 / 1048576}"; }
# row <name> <tar arguments…>: installed and xz -6 sizes of what tar collects
row() {
  local name=$1; shift
  local raw xz
  raw=$(tar cf - "$@" 2>/dev/null | tar tvf - | awk '{s += $3} END {print s + 0}')
  xz=$(tar cf - "$@" 2>/dev/null | xz -6 -T1 | wc -c)
  printf '%-44s %s %s\n' "$name" "$(mib "$raw")" "$(mib "$xz")"
}
printf '%-44s %6s %6s\n' "part (MiB)" "disk" "xz -6"
row "app: jars ($(ls app/*.jar | wc -l))" --exclude=app/ascendkit.aot --exclude='app/*.classlist' app
row "app: ascendkit.aot (the CLI's AOT cache)" app/ascendkit.aot
row "app: journey-studio.classlist (editor's cache)" app/journey-studio.classlist
row "runtime: lib/modules (JDK + JavaFX classes)" runtime/lib/modules
row "runtime: lib/server/libjvm.so" runtime/lib/server/libjvm.so
[ ! -f runtime/lib/server/classes.jsa ] || row "runtime: lib/server/classes.jsa (CDS)" runtime/lib/server/classes.jsa
row "runtime: the rest (native libraries)" --exclude=runtime/lib/modules \
  --exclude=runtime/lib/server/libjvm.so --exclude=runtime/lib/server/classes.jsa runtime
row "launchers, desktop files, icons" --exclude=app --exclude=runtime . ../bin ../share
printf '%-44s %s %s\n' "total: installed; the .deb" "$(mib "$(du -sb "$WORK" | cut -f1)")" \
  "$(mib "$(stat -c %s "$DEB")")"
