#!/usr/bin/env bash
# Idle memory of Cairn against the floor app: each app is started under its
# own xvfb-run + dbus-run-session, left idle for BENCH_IDLE s (default 5),
# then the PSS of its whole process tree (the app and every descendant:
# WebKitWebProcess, WebKitNetworkProcess, ...) is summed from
# /proc/<pid>/smaps_rollup, and the session is killed.
# Writes target/bench/memory.txt. Env: BENCH_MEM_RUNS (default 3),
# FLOOR_HIDDEN_WINDOW=1 (floor with a second hidden webview), BENCH_SKIP_CAIRN.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS="${BENCH_MEM_RUNS:-3}"
IDLE="${BENCH_IDLE:-5}"
LIMIT=1.15

build_floor
build_cairn
prepare_data

# Prints "<pss_kb> <processes> <web_processes>" for one launch (bench/pss.py).
measure_pss() {
  python3 "$repo/bench/pss.py" "$IDLE" "$@"
}

read -r -a fargs <<<"$(floor_args)"
report="$BENCH_OUT/memory.txt"
: >"$report"
log() { printf '%s\n' "$*" | tee -a "$report"; }
to_mb() { [[ -n ${1:-} ]] && python3 -c 'import sys; print(f"{float(sys.argv[1])/1024:.1f}")' "$1" || echo ""; }

log "Idle memory, PSS of the process tree after ${IDLE} s (MB), $RUNS runs each; floor args: ${fargs[*]:-(none)}"
declare -A med_cairn med_floor
dbs=(empty 100k)
floor_web="" cairn_web=""
for db in "${dbs[@]}"; do
  if [[ $db == empty ]]; then dir="$DATA_EMPTY"; else dir="$DATA_100K"; fi
  cairn_mb=() floor_mb=()
  for ((i = 1; i <= RUNS; i++)); do
    c="skipped"
    if [[ "$BENCH_SKIP_CAIRN" != 1 ]]; then
      if out=$(CAIRN_DATA_DIR="$dir" measure_pss "$CAIRN_BIN"); then
        read -r kb n web <<<"$out"; c="$(to_mb "$kb") ($n procs, $web web)"; cairn_mb+=("$(to_mb "$kb")"); cairn_web=$web
      else c="FAIL"; fi
    fi
    if out=$(measure_pss "$FLOOR_BIN" "${fargs[@]}"); then
      read -r kb n web <<<"$out"; f="$(to_mb "$kb") ($n procs, $web web)"; floor_mb+=("$(to_mb "$kb")"); floor_web=$web
    else f="FAIL"; fi
    log "  [$db] run $i: cairn $c  floor $f"
  done
  med_cairn[$db]=$(median "${cairn_mb[@]}")
  med_floor[$db]=$(median "${floor_mb[@]}")
done

log ""
log "Summary (Cairn / floor; target ratio <= $LIMIT for memory)"
log "$(printf '%-28s %12s %12s %8s %8s' measure cairn floor ratio verdict)"
for db in "${dbs[@]}"; do
  r=$(ratio "${med_cairn[$db]}" "${med_floor[$db]}")
  log "$(printf '%-28s %12s %12s %8s %8s' "idle PSS median MB ($db)" "${med_cairn[$db]:-n/a}" "${med_floor[$db]:-n/a}" "$r" "$(verdict "$r" "$LIMIT")")"
done
if [[ $(cairn_renders_on_cpu) == 1 ]]; then
  floor_cpu_mb=()
  for ((i = 1; i <= RUNS; i++)); do
    if out=$(WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 measure_pss "$FLOOR_BIN" "${fargs[@]}"); then
      read -r kb _ _ <<<"$out"; floor_cpu_mb+=("$(to_mb "$kb")")
    fi
  done
  fc=$(median "${floor_cpu_mb[@]}")
  log ""
  log "No GPU render node here: Cairn rasterizes on the CPU. Against the floor run with that"
  log "renderer too (WEBKIT_SKIA_ENABLE_CPU_RENDERING=1; ${floor_cpu_mb[*]:-no runs}), for comparison:"
  for db in "${dbs[@]}"; do
    r=$(ratio "${med_cairn[$db]}" "$fc")
    log "$(printf '%-28s %12s %12s %8s' "idle PSS, same renderer ($db)" "${med_cairn[$db]:-n/a}" "${fc:-n/a}" "$r")"
  done
fi
if [[ -n $cairn_web && -n $floor_web && $cairn_web != "$floor_web" ]]; then
  log "WARNING: Cairn ran $cairn_web web process(es), the floor $floor_web: set FLOOR_HIDDEN_WINDOW=1 if Cairn keeps a hidden window."
fi
