#!/usr/bin/env bash
# The command line against its floor: `cairn log` and `cairn today` (release)
# beside `cli_floor` (src-tauri/core/examples/cli_floor.rs: the same insert
# and select with SQLite alone), on copies of the same 100,000-win database,
# alternating, BENCH_CLI_RUNS times each (default 20). Reports the median
# wall time and the median peak memory (max RSS) of each, and the ratios
# (target: within 1.5 x the floor). Writes target/bench/cli.txt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_CLI_RUNS:-20}"
LIMIT=1.5
CLI_BIN="$repo/target/release/cairn"
FLOOR_CLI_BIN="$repo/target/release/examples/cli_floor"

if [[ "$BENCH_NO_BUILD" != 1 || ! -x "$CLI_BIN" || ! -x "$FLOOR_CLI_BIN" ]]; then
  say "building cairn (the command line) and its floor (release)"
  "$CARGO" build --release -p cairn-cli
  "$CARGO" build --release -p cairn-core --example cli_floor
fi
prepare_data

work="$repo/target/bench-data/cli"
rm -rf "$work" && mkdir -p "$work/cairn" "$work/floor"
cp "$DATA_100K/cairn.sqlite3" "$work/cairn/cairn.sqlite3"
cp "$DATA_100K/cairn.sqlite3" "$work/floor/cairn.sqlite3"

python3 - "$RUNS" "$LIMIT" "$CLI_BIN" "$FLOOR_CLI_BIN" "$work" "$BENCH_OUT/cli.txt" <<'PY'
import os, statistics, subprocess, sys, time

runs, limit, cli, floor, work, report = int(sys.argv[1]), float(sys.argv[2]), *sys.argv[3:]
env = dict(os.environ, CAIRN_DATA_DIR=f"{work}/cairn")
env.pop("CAIRN_LOG", None)
# No session bus: `cairn log` then finds no running app to refresh at once.
env.pop("DBUS_SESSION_BUS_ADDRESS", None)

def timed(argv, env):
    # Peak memory from /usr/bin/time: a child forked from this Python would
    # report Python's own pages as its peak.
    out = f"{work}/time.txt"
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out] + argv, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        sys.exit(f"{argv} failed: {proc.stderr.decode()}")
    with open(out) as f:
        peak_kb = int(f.read().split()[-1])
    return wall, peak_kb / 1024  # ms, MB

cases = {
    "log": ([cli, "log", "Bench win"], [floor, "log", f"{work}/floor/cairn.sqlite3", "Bench win"]),
    "today": ([cli, "today"], [floor, "today", f"{work}/floor/cairn.sqlite3"]),
}
lines = [f"Command line against its floor (SQLite alone), 100,000 wins, {runs} runs each, medians"]
lines.append(f"{'measure':<24}{'cairn':>10}{'floor':>10}{'ratio':>8}{'verdict':>9}")
for name, (ours, theirs) in cases.items():
    a, b = [], []
    for _ in range(runs):
        a.append(timed(ours, env))
        b.append(timed(theirs, env))
    for i, unit in ((0, "wall ms"), (1, "peak MB")):
        x = statistics.median(v[i] for v in a)
        y = statistics.median(v[i] for v in b)
        r = x / y if y else float("nan")
        lines.append(f"{'cairn ' + name + ' ' + unit:<24}{x:>10.1f}{y:>10.1f}{r:>8.2f}{'ok' if r <= limit else 'OVER':>9}")
text = "\n".join(lines)
print(text)
open(report, "w").write(text + "\n")
PY
