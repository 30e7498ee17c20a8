#!/usr/bin/env bash
# The icon's bitmaps, made from its source resources/icons/ct05.svg (ImageMagick): the
# window's and the Linux menu's PNG, and the Windows .ico with its sizes. Run after editing
# the SVG; the results are kept in the repository (the window runs from source too).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
convert -background none ct05.svg -resize 256x256 ct05-256.png
convert -background none ct05.svg -define icon:auto-resize=256,64,48,32,16 ct05.ico
