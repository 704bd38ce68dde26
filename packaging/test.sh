#!/usr/bin/env bash
# SPDX-FileCopyrightText: Waymark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds (dev preset: debug, warnings as errors) and runs the
# whole test suite headless through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j2
export QT_QPA_PLATFORM=offscreen
ctest --preset dev -j2 "$@"
