#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders the application icon (icons/atrium.svg) into the hicolor sizes the
# desktop and AppStream want, as icons/hicolor/NxN/apps/dev.atrium.Atrium.png,
# plus scalable/apps/dev.atrium.Atrium.svg. The PNGs are committed: run this
# again only when icons/atrium.svg changes. Needs rsvg-convert (Debian:
# librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=dev.atrium.Atrium
src=icons/atrium.svg
out=icons/hicolor

if ! command -v rsvg-convert >/dev/null; then
  echo "make-icons: rsvg-convert not found; install librsvg2-bin" >&2
  exit 1
fi

for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$out/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    --output "$out/${size}x${size}/apps/$app_id.png" "$src"
done
mkdir -p "$out/scalable/apps"
cp "$src" "$out/scalable/apps/$app_id.svg"
echo "make-icons: wrote $(find "$out" -type f | wc -l) files under $out"
