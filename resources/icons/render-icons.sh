#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the committed hicolor PNG icons from the SVG sources.
# Maintainer tool only: the build never runs this (needs rsvg-convert from librsvg2-bin).
#   waymark.svg                       app icon, used for 32 px and up and as the scalable icon
#   waymark-small.svg                 app icon simplified for 16 and 24 px
#   application-x-waymark.svg         .waymark document icon, 32 px and up and scalable
#   application-x-waymark-small.svg   document icon simplified for 16 and 24 px
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }

app=io.github.waymark.Waymark
mime=application-x-waymark
for n in 16 24 32 48 64 128 256 512; do
  if [ "$n" -le 24 ]; then app_src=waymark-small.svg; mime_src=$mime-small.svg
  else app_src=waymark.svg; mime_src=$mime.svg; fi
  mkdir -p "hicolor/${n}x${n}/apps" "hicolor/${n}x${n}/mimetypes"
  rsvg-convert -w "$n" -h "$n" "$app_src" -o "hicolor/${n}x${n}/apps/$app.png"
  rsvg-convert -w "$n" -h "$n" "$mime_src" -o "hicolor/${n}x${n}/mimetypes/$mime.png"
done
mkdir -p hicolor/scalable/apps hicolor/scalable/mimetypes
cp waymark.svg "hicolor/scalable/apps/$app.svg"
cp "$mime.svg" "hicolor/scalable/mimetypes/$mime.svg"
