#!/usr/bin/env bash
# How each cost grows with the history (issue 22): 1,000 / 10,000 / 100,000
# / 1,000,000 wins, seeded once by src-tauri/core/examples/seed.rs into
# target/bench-data/scale-<n> and reused. Every figure is the median of
# whole processes of the release builds (BENCH_SCALE_RUNS, default 5; the
# whole-history ones 3): start to first frame on Today, Wins, the Chronicle
# and the Week (cairn-app --measure-startup --view, each launch in its own X
# server and session bus) with what Today's and the Chronicle's answers
# weigh; the core's own time for each view's data, in process (medians of
# calls, examples/views.rs); PSS at rest (bench/pss.py); `cairn today`, `cairn
# week`, `cairn log` (on a copy), export to JSON, import of that JSON into
# an empty folder, `cairn backup`, turning sync on, a new computer's first
# sync, one change applied, and the database's size. Writes the table to
# target/bench/scale.txt and draws it, log-log, to target/bench/scale.png
# (matplotlib, installed by `make bench` under target/test-tools).
# BENCH_SCALE_SIZES picks the sizes (e.g. "1000 10000").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SIZES="${BENCH_SCALE_SIZES:-1000 10000 100000 1000000}"
RUNS="${BENCH_SCALE_RUNS:-5}"
build_cairn
# The core's in-process view timings (src-tauri/core/examples/views.rs).
"$CARGO" build -q --release -p cairn-core --example views
for n in $SIZES; do
  seeded "$repo/target/bench-data/scale-$n" "$n"
done
work="$repo/target/bench-data/scale-work"
rm -rf "$work"
mkdir -p "$work"
PYTHONPATH="$repo/target/test-tools/matplotlib${PYTHONPATH:+:$PYTHONPATH}" \
  python3 "$repo/bench/scale.py" "$RUNS" "$repo/target/release" "$repo/target/bench-data" "$work" "$BENCH_OUT" $SIZES
