#!/usr/bin/env bash
# Sync through a folder at 100,000 wins (issue 15), with the release `cairn`
# command line on copies of the seeded database (target/bench-data/100k):
#   - turning sync on for the 100,000 wins (record, write one snapshot);
#   - a new computer's first sync of them (`cairn sync now` on an empty
#     database) beside `cairn import` of a Cairn JSON export of the same
#     data into an empty database, alternating, BENCH_SYNC_RUNS times each
#     (default 3), medians and the ratio;
#   - the folder's size before and after `cairn sync compact`, and a first
#     sync from the compacted folder (one snapshot file);
#   - one change: `cairn log` on A (its change written to the folder before
#     it exits) and `cairn sync now` on B applying it once its file is
#     there, BENCH_SYNC_CHANGES times (default 10), medians.
# Every `cairn` run is a whole process (start, open the database, work,
# exit), as a person or a script meets it. Writes target/bench/sync.txt.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_SYNC_RUNS:-3}"
CHANGES="${BENCH_SYNC_CHANGES:-10}"
CLI_BIN="$repo/target/release/cairn"

if [[ "$BENCH_NO_BUILD" != 1 || ! -x "$CLI_BIN" ]]; then
  say "building cairn (the command line, release)"
  "$CARGO" build --release -p cairn-cli
fi
prepare_data

work="$repo/target/bench-data/sync"
rm -rf "$work" && mkdir -p "$work"

python3 - "$RUNS" "$CHANGES" "$CLI_BIN" "$DATA_100K/cairn.sqlite3" "$work" "$BENCH_OUT/sync.txt" <<'PY'
import os, re, shutil, statistics, subprocess, sys, time

runs, changes = int(sys.argv[1]), int(sys.argv[2])
cli, seeded, work, report = sys.argv[3:]

def cairn(data, *args):
    env = dict(os.environ, CAIRN_DATA_DIR=data)
    env.pop("CAIRN_LOG", None)
    start = time.perf_counter()
    proc = subprocess.run([cli, *args], env=env, capture_output=True, text=True)
    ms = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        sys.exit(f"cairn {' '.join(args)} (data {data}): {proc.stderr.strip()}")
    return ms, proc.stdout

def size(path):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(path) for f in fs)

def wins_in(data):
    # `cairn export` says how many wins the database holds.
    _, out = cairn(data, "export", os.path.join(data, "count.json"))
    m = re.search(r"and (\d+) wins? to", out)
    if not m:
        sys.exit(f"unexpected export line: {out!r}")
    return int(m.group(1))

def fresh(name):
    path = os.path.join(work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path

mb = lambda b: f"{b / 1e6:.1f} MB"

# Computer A: the seeded database, sync turned on.
a = fresh("a")
shutil.copy(seeded, os.path.join(a, "cairn.sqlite3"))
total = wins_in(a)
folder = fresh("folder")
turn_on_ms, _ = cairn(a, "sync", "--folder", folder, "--name", "Laptop")
root = os.path.join(folder, "Cairn")
(a_id,) = os.listdir(root)
before = size(root)
before_files = len(os.listdir(os.path.join(root, a_id)))
export = os.path.join(work, "export.json")
cairn(a, "export", export)

# A new computer's first sync, beside importing the export.
sync_ms, import_ms = [], []
for i in range(runs):
    f = fresh(f"folder-{i}")
    shutil.copytree(os.path.join(root, a_id), os.path.join(f, "Cairn", a_id))
    b = fresh(f"b-{i}")
    cairn(b, "sync", "--folder", f, "--name", "Desk")
    ms, out = cairn(b, "sync", "now")
    sync_ms.append(ms)
    if wins_in(b) != total:
        sys.exit(f"first sync gave {wins_in(b)} wins, not {total}: {out}")
    c = fresh(f"c-{i}")
    ms, out = cairn(c, "import", export)
    import_ms.append(ms)
    if wins_in(c) != total:
        sys.exit(f"import gave {wins_in(c)} wins, not {total}: {out}")
    # About 250 MB a run: the disk is shared.
    for done in (f, b, c):
        shutil.rmtree(done)

# Compaction on A, and a first sync from the one snapshot.
compact_ms, _ = cairn(a, "sync", "compact")
after = size(root)
after_files = len(os.listdir(os.path.join(root, a_id)))
b = fresh("b")
cairn(b, "sync", "--folder", folder, "--name", "Desk")
snap_ms, out = cairn(b, "sync", "now")
if wins_in(b) != total:
    sys.exit(f"first sync from the snapshot gave {wins_in(b)} wins, not {total}: {out}")

# One change: written on A, applied on B once its file is there.
log_ms, apply_ms = [], []
for i in range(changes):
    ms, _ = cairn(a, "log", f"One more, {i}")
    log_ms.append(ms)
    ms, out = cairn(b, "sync", "now")
    if "✓ Applied" not in out:
        sys.exit(f"B applied nothing after a log on A: {out!r}")
    apply_ms.append(ms)

med = statistics.median
lines = [
    f"Sync through a folder, {total:,} wins (release `cairn`, whole processes, medians)",
    f"{'measure':<52}{'value':>14}",
    f"{'turn sync on at 100k (record, write a snapshot)':<52}{turn_on_ms:>11.0f} ms",
    f"{'first sync on a new computer (sync now), ' + str(runs) + ' runs':<52}{med(sync_ms):>11.0f} ms",
    f"{'import of the JSON export, same data, ' + str(runs) + ' runs':<52}{med(import_ms):>11.0f} ms",
    f"{'first sync / import':<52}{med(sync_ms) / med(import_ms):>12.2f} x",
    f"{'first sync from the compacted folder (1 snapshot)':<52}{snap_ms:>11.0f} ms",
    f"{'folder before compaction (' + str(before_files) + ' files)':<52}{mb(before):>14}",
    f"{'sync compact':<52}{compact_ms:>11.0f} ms",
    f"{'folder after compaction (' + str(after_files) + ' files)':<52}{mb(after):>14}",
    f"{'JSON export of the same data':<52}{mb(os.path.getsize(export)):>14}",
    f"{'database of A (cairn.sqlite3)':<52}{mb(os.path.getsize(os.path.join(a, 'cairn.sqlite3'))):>14}",
    f"{'one change: cairn log on A, written to the folder, ' + str(changes) + 'x':<52}{med(log_ms):>11.0f} ms",
    f"{'one change: sync now on B applying it, ' + str(changes) + 'x':<52}{med(apply_ms):>11.0f} ms",
]
text = "\n".join(lines)
print(text)
open(report, "w").write(text + "\n")
PY
