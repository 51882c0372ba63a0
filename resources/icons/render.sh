#!/bin/sh
# Renders the icons' SVG sources (src/, drawn for Siyu, GPL-3.0-or-later like the rest) to the
# PNGs the application ships: Qt's SVG plugin is not on every platform, PNGs are. 24 px and
# 48 px (@2x, picked by QIcon on high-density screens). Needs rsvg-convert (librsvg2-bin).
set -e
cd "$(dirname "$0")"
for f in src/*.svg; do
    n=$(basename "$f" .svg)
    rsvg-convert -w 24 -h 24 "$f" -o "$n.png"
    rsvg-convert -w 48 -h 48 "$f" -o "$n@2x.png"
done
rsvg-convert -w 64 -h 64 siyu.svg -o siyu.png
rsvg-convert -w 256 -h 256 siyu.svg -o siyu-256.png
