#!/usr/bin/env bash
# SPDX-FileCopyrightText: Waymark developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Accuracy and speed of Waymark's sentiment analyser against the two JavaScript references,
# on the same labelled comments in the same run (docs/sentiment.md):
#   bench/sentiment/run.sh [BUILD_DIR] [FIXTURES_DIR]
# BUILD_DIR: a Release build configured with -DWAYMARK_BUILD_BENCHMARKS=ON (default build/bench).
# FIXTURES_DIR: the labelled data (default ../shared/fixtures/sentiment beside the repository).
# The npm packages `sentiment` and `vader-sentiment` are installed with `npm install --no-save`
# into BUILD_DIR/sentiment-node; nothing is fetched at build time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$repo/build/bench}" && pwd)
fixtures=${2:-$repo/../shared/fixtures/sentiment}
[ -f "$fixtures/amazonReviewSnippets_GroundTruth.txt" ] || { echo "No labelled data in $fixtures" >&2; exit 1; }

cmake --build "$build" -j2 --target bench_sentiment waymark-cli >&2
node_dir="$build/sentiment-node"
mkdir -p "$node_dir"
(cd "$node_dir" && npm install --no-save --no-audit --no-fund --silent vader-sentiment@1.1.3 sentiment@5.0.2 >&2)
export NODE_PATH="$node_dir/node_modules"
data="$build/sentiment-data"
node "$here/compare.cjs" prepare "$fixtures" "$data" "$repo/tests/data/sentiment/de-comments.tsv"
node "$here/compare.cjs" score "$data" "$build/app/waymark-cli" > "$data/js.json"
WAYMARK_SENTIMENT_COMMENTS="$data/all.txt" "$build/bench/bench_sentiment" \
    --benchmark_format=json --benchmark_min_time=2 --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true > "$data/cpp.json"
node "$here/compare.cjs" report "$data/js.json" "$data/cpp.json"
