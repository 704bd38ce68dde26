#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Waymark needs to build, test and run.
# Safe to run repeatedly: only what is missing is installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config libbenchmark-dev clang
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
  qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev qt6-image-formats-plugins
  libboost-graph-dev libzip-dev libxlsxwriter-dev
  libxxhash-dev
  # benchmark reference only (bench/bench_csv.cpp, built when present)
  libcsv-dev
  sqlite3
  xvfb xauth
  poppler-utils
  fonts-dejavu-core fonts-noto-color-emoji
  dpkg-dev file desktop-file-utils appstream shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Waymark: installing ${#missing[@]} missing package(s): ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Waymark: these packages are missing and this user is not root and has no sudo: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
