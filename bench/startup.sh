#!/usr/bin/env bash
# Start-up to first frame with data, and release binary size, of Cairn
# against the floor app (../shared/bench/tauri-floor), in the same run.
# Writes target/bench/startup.txt. Env: BENCH_RUNS (default 7, at least 5),
# BENCH_TIMEOUT (s per run, default 60), BENCH_SKIP_CAIRN=1 (floor only).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_RUNS:-7}"
if (( RUNS < 5 )); then echo "BENCH_RUNS=$RUNS is below 5; using 5" >&2; RUNS=5; fi
TIMEOUT="${BENCH_TIMEOUT:-60}"
LIMIT=1.10

build_floor
build_cairn
prepare_data
prepare_1m

# One launch, in its own X server and session bus; prints the ms or nothing.
measure() {
  local out
  out=$(timeout -k 5 "$TIMEOUT" xvfb-run -a dbus-run-session -- "$@" 2>>"$BENCH_OUT/runs.log" </dev/null || true)
  sed -n 's/^first_frame_ms \([0-9.][0-9.]*\).*/\1/p' <<<"$out" | sed -n 1p
}

fargs=() # one window for both at the first frame: see bench/lib.sh

same_renderer=$(cairn_renders_on_cpu) # see bench/lib.sh
report="$BENCH_OUT/startup.txt"
: >"$report"
: >"$BENCH_OUT/runs.log"
log() { printf '%s\n' "$*" | tee -a "$report"; }

log "Start-up to first frame (ms), $RUNS runs each, alternating; floor args: ${fargs[*]:-(none)}"
declare -A med_cairn med_floor med_floor_cpu
# morning: the first start of a day at 100,000 wins on a cold page cache:
# before each launch the day's check mark goes and the database's pages are
# dropped from the cache (posix_fadvise DONTNEED, no privileges needed).
evict() {
  rm -f "$1/cairn.checked"
  python3 - "$1"/cairn.sqlite3* <<'PY'
import os, sys
for path in sys.argv[1:]:
    fd = os.open(path, os.O_RDONLY)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)
PY
}
dbs=(empty 100k 1m morning)
for db in "${dbs[@]}"; do
  case $db in empty) dir="$DATA_EMPTY" ;; 100k | morning) dir="$DATA_100K" ;; *) dir="$DATA_1M" ;; esac
  cairn_ms=() floor_ms=() floor_cpu_ms=()
  for ((i = 1; i <= RUNS; i++)); do
    c="skipped"
    if [[ "$BENCH_SKIP_CAIRN" != 1 ]]; then
      [[ $db == morning ]] && evict "$dir"
      c=$(CAIRN_DATA_DIR="$dir" measure "$CAIRN_BIN" --measure-startup)
      if [[ -n $c ]]; then cairn_ms+=("$c"); else c="FAIL"; fi
    fi
    f=$(measure "$FLOOR_BIN" --measure-startup "${fargs[@]}")
    if [[ -n $f ]]; then floor_ms+=("$f"); else f="FAIL"; fi
    fc=""
    if (( same_renderer )); then
      fc=$(WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 measure "$FLOOR_BIN" --measure-startup "${fargs[@]}")
      if [[ -n $fc ]]; then floor_cpu_ms+=("$fc"); else fc="FAIL"; fi
      fc="  floor (Cairn's renderer) $fc"
    fi
    log "  [$db] run $i: cairn $c  floor $f$fc"
  done
  med_cairn[$db]=$(median "${cairn_ms[@]}")
  med_floor[$db]=$(median "${floor_ms[@]}")
  med_floor_cpu[$db]=$(median "${floor_cpu_ms[@]}")
done

size_c=""
[[ -f "$CAIRN_BIN" && "$BENCH_SKIP_CAIRN" != 1 ]] && size_c=$(stat -c %s "$CAIRN_BIN")
size_f=$(stat -c %s "$FLOOR_BIN")
mb() { [[ -n ${1:-} ]] && python3 -c 'import sys; print(f"{int(sys.argv[1])/1048576:.2f} MB")' "$1" || echo "n/a"; }

log ""
log "Summary (Cairn / floor; target ratio <= $LIMIT for start-up)"
log "$(printf '%-28s %12s %12s %8s %8s' measure cairn floor ratio verdict)"
for db in "${dbs[@]}"; do
  r=$(ratio "${med_cairn[$db]}" "${med_floor[$db]}")
  log "$(printf '%-28s %12s %12s %8s %8s' "start-up median ms ($db)" "${med_cairn[$db]:-n/a}" "${med_floor[$db]:-n/a}" "$r" "$(verdict "$r" "$LIMIT")")"
done
log "(morning: the first start of a day at 100k, the page cache emptied of the database first)"
if (( same_renderer )); then
  log ""
  log "No GPU render node here: Cairn rasterizes on the CPU. The same ratio against the floor"
  log "run with that renderer too (WEBKIT_SKIA_ENABLE_CPU_RENDERING=1), for comparison:"
  for db in "${dbs[@]}"; do
    r=$(ratio "${med_cairn[$db]}" "${med_floor_cpu[$db]}")
    log "$(printf '%-28s %12s %12s %8s' "start-up, same renderer ($db)" "${med_cairn[$db]:-n/a}" "${med_floor_cpu[$db]:-n/a}" "$r")"
  done
  log ""
fi
rs=$(ratio "$size_c" "$size_f")
log "$(printf '%-28s %12s %12s %8s' "release binary (bytes)" "${size_c:-n/a}" "$size_f" "$rs")"
log "$(printf '%-28s %12s %12s' "release binary" "$(mb "$size_c")" "$(mb "$size_f")")"
