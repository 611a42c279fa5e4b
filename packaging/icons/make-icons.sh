#!/usr/bin/env bash
# Draws Journey Studio's icons with ImageMagick and writes them in each platform's format:
#   journey-studio.png (512 px, Linux), journey-studio.ico (16–256 px, Windows),
#   journey-studio.icns (16–512 px, macOS), and the same three for *.journey.json documents
#   (journey-document.*). The results are committed; run this only to change the drawing.
# Needs: ImageMagick 6 (/usr/bin/convert) and png2icns (Debian: apt-get install imagemagick icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
convert=/usr/bin/convert   # by full path: another `convert` may come first on the PATH
command -v png2icns >/dev/null || { echo "png2icns not found: apt-get install icnsutils" >&2; exit 1; }
[ -x "$convert" ] || { echo "$convert not found: apt-get install imagemagick" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The app: three journey nodes joined by two transitions on an indigo rounded square (1024 px).
"$convert" -size 1024x1024 xc:none \
  -fill '#4f46e5' -draw 'roundrectangle 64,64 960,960 180,180' \
  -stroke '#c7d2fe' -strokewidth 40 -fill none \
  -draw 'line 300,330 512,690' -draw 'line 512,690 724,330' \
  -stroke none -fill white \
  -draw 'circle 300,330 300,440' -draw 'circle 724,330 724,440' \
  -fill '#facc15' -draw 'circle 512,690 512,800' \
  "$work/app-1024.png"

# A document: a folded page with one node-and-arrow mark.
"$convert" -size 1024x1024 xc:none \
  -fill white -stroke '#4f46e5' -strokewidth 36 \
  -draw 'polygon 220,80 660,80 840,260 840,944 220,944' \
  -fill '#c7d2fe' -draw 'polygon 660,80 660,260 840,260' \
  -stroke '#4f46e5' -strokewidth 36 -draw 'line 400,520 640,760' \
  -stroke none -fill '#4f46e5' -draw 'circle 400,520 400,610' \
  -fill '#facc15' -draw 'circle 640,760 640,850' \
  "$work/doc-1024.png"

for kind in app doc; do
  name=$([ $kind = app ] && echo journey-studio || echo journey-document)
  for size in 16 32 48 128 256 512; do
    "$convert" "$work/$kind-1024.png" -resize ${size}x${size} "PNG32:$work/$kind-$size.png"
  done
  cp "$work/$kind-512.png" "$name.png"
  "$convert" "$work/$kind-16.png" "$work/$kind-32.png" "$work/$kind-48.png" "$work/$kind-256.png" "$name.ico"
  png2icns "$name.icns" "$work/$kind-16.png" "$work/$kind-32.png" "$work/$kind-48.png" \
    "$work/$kind-128.png" "$work/$kind-256.png" "$work/$kind-512.png" >/dev/null
done
ls -l journey-studio.* journey-document.*
