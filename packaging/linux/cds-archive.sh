#!/bin/sh
# Makes the editor's class-data-sharing archive, lib/app/journey-studio.jsa, for an installed
# Journey Studio: packaging/linux/cds-archive.sh <the directory holding bin/ and lib/>.
# The installers ship it as lib/app/cds-archive.sh; the .deb's postinst and the .rpm's %post run it
# on /opt/journey-studio, build.sh on the app-image. An archive only serves the class path it was
# made for, with the jars' sizes and dates (Java 17 cannot move one), so it is made where the editor
# is installed, from the class list build.sh recorded while the editor ran its self-test
# (lib/app/journey-studio.classlist; names only, no paths). The journey-studio launcher uses it
# (-XX:SharedArchiveFile=$APPDIR/journey-studio.jsa -Xshare:auto): without it, or with a stale one,
# the editor starts as before, only slower. Takes some 10-30 s; never fails an installation.
app=${1:?usage: cds-archive.sh <installed app directory>}
lib=$app/lib/app
rm -f "$lib/journey-studio.jsa"
[ -f "$lib/journey-studio.classlist" ] && [ -f "$lib/journey-studio.cfg" ] || exit 0
# the launcher's class path: the cfg's app.classpath entries in order, $APPDIR being lib/app
cp=$(sed -n 's/^app\.classpath=//p' "$lib/journey-studio.cfg" | sed "s#\$APPDIR#$lib#" | paste -sd: -)
"$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$lib/journey-studio.classlist" \
  -XX:SharedArchiveFile="$lib/journey-studio.jsa" -Xlog:disable -cp "$cp" >/dev/null 2>&1 \
  || { rm -f "$lib/journey-studio.jsa"; echo "journey-studio: no class-data-sharing archive (it starts slower)" >&2; }
exit 0
