#!/bin/sh
# Makes the editor's AOT cache, lib/app/journey-studio.aot, for an installed Journey Studio:
# packaging/linux/aot-cache.sh <the directory holding bin/ and lib/>.
# The installers ship it as lib/app/aot-cache.sh; the .deb's postinst and the .rpm's %post run it on
# /opt/journey-studio, build.sh on the app-image. A cache trained at build time (as the CLI's,
# lib/app/ascendkit.aot) would add 13 MiB to the .deb, over its budget; so this one is made here
# from the class list build.sh recorded while the editor ran its --self-test
# (lib/app/journey-studio.classlist; class names only): a static dump with the classes loaded and
# linked ahead of time (-XX:+AOTClassLinking, JEP 483), without a training run's method profiles.
# Such a dump serves the paths it was made at only, so it is made where the editor is installed.
# The journey-studio launcher names it (-XX:AOTCache=$APPDIR/journey-studio.aot): without it, or
# with a stale one, the editor starts as before, only slower, and says nothing. Takes some 10-60 s
# (14 s of CPU); never fails an installation.
app=${1:?usage: aot-cache.sh <installed app directory>}
lib=$app/lib/app
rm -f "$lib/journey-studio.aot"
[ -f "$lib/journey-studio.classlist" ] && [ -f "$lib/journey-studio.cfg" ] || exit 0
# the launcher's class path: the cfg's app.classpath entries in order, $APPDIR being lib/app
cp=$(sed -n 's/^app\.classpath=//p' "$lib/journey-studio.cfg" | sed "s#\$APPDIR#$lib#" | paste -sd: -)
"$app/lib/runtime/bin/java" -Xshare:dump -XX:+AOTClassLinking \
  -XX:SharedClassListFile="$lib/journey-studio.classlist" -XX:SharedArchiveFile="$lib/journey-studio.aot" \
  -Xlog:disable -cp "$cp" >/dev/null 2>&1 \
  || { rm -f "$lib/journey-studio.aot"; echo "journey-studio: no AOT cache (it starts slower)" >&2; }
exit 0
