#!/usr/bin/env bash
# SPDX-FileCopyrightText: Waymark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Waymark's main job on the bundled sample workshop: installs what is missing, builds
# (release), creates the sample workspace and runs every step Waymark has on it. With a
# display it then opens the workspace in the GUI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packaging/install-deps.sh
echo "Waymark: building (release)..." >&2
cmake --preset release >/dev/null
cmake --build --preset release -j2 --target waymark waymark-cli >/dev/null

cli="$root/build/release/app/waymark-cli"
out="${WAYMARK_DEMO_DIR:-$root/demo}"
mkdir -p "$out"
workspace="$out/gardenworld.waymark"

echo "Waymark: creating the sample workshop from the e-commerce template" >&2
"$cli" new "$workspace" --template ecommerce-purchase --force
echo "Waymark: importing the sample feedback export and attaching it to the touchpoints" >&2
"$cli" import "$workspace" resources/samples/ecommerce-feedback.csv --report "$out/import-report.json"
"$cli" info "$workspace"
echo >&2
echo "Waymark: scores per touchpoint, with sample sizes and 95 % intervals" >&2
"$cli" scores "$workspace"
"$cli" scores "$workspace" --by stage
"$cli" scores "$workspace" --format json > "$out/scores.json"
echo >&2
echo "Waymark: where the experience gap is largest and matters most" >&2
"$cli" priorities "$workspace" --top 5
"$cli" export-json "$workspace" "$out/gardenworld.json"
echo >&2
echo "Waymark: writing the workshop report (PDF), the journey poster and the scores workbook" >&2
"$cli" export "$workspace" --pdf "$out/gardenworld-report.pdf"
"$cli" export "$workspace" --pdf "$out/gardenworld-poster.pdf" --kind poster --xlsx "$out/gardenworld-scores.xlsx"

echo >&2
echo "Waymark: done. Files:" >&2
echo "  workspace:        $workspace" >&2
echo "  interchange JSON: $out/gardenworld.json" >&2
echo "  import report:    $out/import-report.json" >&2
echo "  report (PDF):     $out/gardenworld-report.pdf" >&2
echo "  poster (PDF):     $out/gardenworld-poster.pdf" >&2
echo "  scores (XLSX):    $out/gardenworld-scores.xlsx" >&2
echo "  scores (JSON):    $out/scores.json" >&2
echo "  sample feedback:  $root/resources/samples/ecommerce-feedback.csv" >&2

if [ -z "${CI:-}" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  echo "Waymark: opening the workspace in the GUI" >&2
  exec "$root/build/release/app/waymark" "$workspace"
fi
