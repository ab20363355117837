# Shared by bench/startup.sh and bench/memory.sh (sourced, not run).
# Builds the floor app and Cairn in release and prepares the data folders.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

CARGO="${CARGO:-cargo}"
# The shared folder (read-only) with the floor app, beside the repo.
SHARED_DIR="${CAIRN_SHARED_DIR:-$repo/../shared}"
FLOOR_SRC="$SHARED_DIR/bench/tauri-floor"
# tauri-build writes gen/schemas into the crate folder, which the read-only
# share does not allow: the floor is built from a private copy.
FLOOR_COPY="$repo/target/floor/src"
FLOOR_TARGET="$repo/target/floor"
FLOOR_BIN="$FLOOR_TARGET/release/tauri-floor"
# The window app itself: measured directly, as a desktop entry starts it.
CAIRN_BIN="$repo/target/release/cairn-app"
BENCH_OUT="$repo/target/bench"
# The seeded folders are bench/scale.sh's (one seed per size, reused).
DATA_100K="$repo/target/bench-data/scale-100000"
DATA_EMPTY="$repo/target/bench-data/empty"
# A million wins (issue 22): start-up must not grow with the history.
DATA_1M="$repo/target/bench-data/scale-1000000"
# Memory is compared with the same number of webviews (each has its own
# WebKit web process). At rest Cairn has one: its quick window is made on
# first use, not in advance (src-tauri/src/quick.rs says why), so the floor
# runs with its one window too. FLOOR_HIDDEN_WINDOW=1 adds the floor's hidden
# second webview, to compare a Cairn whose quick window has been used.
FLOOR_HIDDEN_WINDOW="${FLOOR_HIDDEN_WINDOW:-0}"
# BENCH_SKIP_CAIRN=1 measures the floor alone (to check the scripts).
BENCH_SKIP_CAIRN="${BENCH_SKIP_CAIRN:-0}"
# BENCH_NO_BUILD=1 measures the release binaries already built.
BENCH_NO_BUILD="${BENCH_NO_BUILD:-0}"

mkdir -p "$BENCH_OUT"

say() { printf '== %s\n' "$*" >&2; }

floor_args() {
  if [[ "$FLOOR_HIDDEN_WINDOW" == 1 ]]; then echo "--hidden-window"; fi
}

build_floor() {
  [[ "$BENCH_NO_BUILD" == 1 && -x "$FLOOR_BIN" ]] && return 0
  [[ -f "$FLOOR_SRC/Cargo.toml" ]] || { echo "floor app not found at $FLOOR_SRC (set CAIRN_SHARED_DIR)" >&2; exit 1; }
  # Refresh the copy file by file, touching only what changed so an unchanged
  # floor is not rebuilt. Its manifest gets an empty [workspace] table: the
  # copy lives inside this repo's workspace folder but is no member of it.
  python3 - "$FLOOR_SRC" "$FLOOR_COPY" <<'PY'
import os, shutil, sys
src, dst = sys.argv[1:3]
for root, dirs, files in os.walk(src):
    dirs[:] = [d for d in dirs if d not in ("target", "gen")]
    rel = os.path.relpath(root, src)
    os.makedirs(os.path.join(dst, rel), exist_ok=True)
    for name in files:
        a, b = os.path.join(root, name), os.path.join(dst, rel, name)
        with open(a, "rb") as f:
            data = f.read()
        if rel == "." and name == "Cargo.toml":
            data += b"\n[workspace]\n"
        try:
            with open(b, "rb") as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            if os.path.exists(b):
                os.chmod(b, 0o644)
            with open(b, "wb") as f:
                f.write(data)
PY
  say "building the floor app (release)"
  CARGO_TARGET_DIR="$FLOOR_TARGET" "$CARGO" build --release --locked --manifest-path "$FLOOR_COPY/Cargo.toml"
}

build_cairn() {
  [[ "$BENCH_SKIP_CAIRN" == 1 ]] && return 0
  [[ "$BENCH_NO_BUILD" == 1 && -x "$CAIRN_BIN" ]] && return 0
  say "building Cairn (release, custom-protocol) and its command line"
  "$CARGO" build --release -p cairn --features custom-protocol
  "$CARGO" build --release -p cairn-cli
}

# seeded DIR N: DIR holds N wins from src-tauri/core/examples/seed.rs as
# it is now, or is seeded afresh (about two minutes for a million). A stamp
# beside the database names the seed's hash and N, and the wins are
# counted, so neither a changed seed nor a folder a run damaged or
# replaced is measured.
seeded() {
  local dir=$1 n=$2 stamp
  stamp="$n $(sha256sum "$repo/src-tauri/core/examples/seed.rs" | cut -c1-16)"
  if [[ -f "$dir/cairn.sqlite3" && "$(cat "$dir/seed.stamp" 2>/dev/null)" == "$stamp" ]] \
    && [[ "$(wins_in "$dir/cairn.sqlite3")" == "$n" ]]; then
    say "reusing $dir"
  else
    say "seeding $n wins into $dir"
    rm -rf "$dir"
    # The core alone (no window toolkit) writes the rows, as the app would.
    "$CARGO" run -q --release -p cairn-core --example seed -- "$dir" "$n"
    echo "$stamp" >"$dir/seed.stamp"
  fi
  # A run may leave WAL files; start every benchmark from a checkpointed file.
  checkpoint "$dir/cairn.sqlite3"
}

wins_in() {
  python3 - "$1" <<'PY'
import sqlite3, sys
try:
    c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    print(c.execute("SELECT count(*) FROM wins").fetchone()[0])
except sqlite3.Error:
    print("unreadable")
PY
}

prepare_data() {
  [[ "$BENCH_SKIP_CAIRN" == 1 ]] && return 0
  rm -rf "$DATA_EMPTY"
  mkdir -p "$DATA_EMPTY"
  seeded "$DATA_100K" 100000
}

prepare_1m() {
  [[ "$BENCH_SKIP_CAIRN" == 1 ]] && return 0
  seeded "$DATA_1M" 1000000
}

checkpoint() {
  python3 - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
c.close()
PY
}

# median of the numbers given as arguments ("" if none)
median() {
  python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.1f}" if v else "")' "$@"
}

# ratio a/b with two decimals ("n/a" if either is empty)
ratio() {
  python3 -c 'import sys; a,b=sys.argv[1:3]; print(f"{float(a)/float(b):.2f}" if a and b and float(b) else "n/a")' "${1:-}" "${2:-}"
}

# verdict ratio limit -> "ok" / "OVER" / "n/a"
verdict() {
  python3 -c 'import sys; r,l=sys.argv[1:3]; print("n/a" if r=="n/a" else ("ok" if float(r)<=float(l) else "OVER"))' "$1" "$2"
}

# 1 when Cairn will have WebKit rasterize on the CPU here (no GPU render
# node, no renderer chosen in the environment: startup::choose_renderer),
# else 0. The floor keeps WebKit's default, so the scripts also run it with
# Cairn's renderer and print that ratio too, for comparison.
cairn_renders_on_cpu() {
  if [[ -z ${WEBKIT_SKIA_ENABLE_CPU_RENDERING:-}${WEBKIT_DISABLE_DMABUF_RENDERER:-}${WEBKIT_DISABLE_COMPOSITING_MODE:-} ]] \
    && ! compgen -G "/dev/dri/renderD*" >/dev/null; then
    echo 1
  else
    echo 0
  fi
}
