#!/usr/bin/env bash
# run.sh PROGRAM.exe [ARGS...]: runs a Windows program under Wine, in
# Cairn's own test prefix (target/wine, made on first use). Cargo uses it
# as the runner for x86_64-pc-windows-gnu (`make test-windows`), so the
# core's and the command line's tests run on Windows' own file semantics.
#
# run.sh --server COMMAND [ARGS...]: runs COMMAND (cargo test, say) beside
# one wineserver kept alive until COMMAND ends. Without it each test binary
# meets a server that lingers a few seconds after the last one and then
# exits; a binary that connects just as it exits dies with "wine client
# error: recvmsg: Connection reset by peer" before running a test.
#
# The prefix gets one piece of test scaffolding: bcryptprimitives.dll with
# ProcessPrng (processprng.c), which Rust's std needs and Wine 8 lacks.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target_dir="${CARGO_TARGET_DIR:-$here/../../target}"
export WINEPREFIX="${CAIRN_WINEPREFIX:-$target_dir/wine}"
export WINEDEBUG="${WINEDEBUG:--all}"
# No Mono or Gecko installer prompts (no network here; nothing needs them).
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}"
# Console programs only: no window appears, with or without a display.
unset DISPLAY WAYLAND_DISPLAY

shim="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [[ ! -f "$shim" ]]; then
  mkdir -p "$(dirname "$WINEPREFIX")"
  # One maker at a time when several runs start on a fresh checkout.
  exec 9>"$WINEPREFIX.lock"
  flock 9
  if [[ ! -f "$shim" ]]; then
    wineboot --init >/dev/null 2>&1 || true
    wineserver --wait || true
    built="$WINEPREFIX/processprng.dll"
    x86_64-w64-mingw32-gcc -O2 -shared -o "$built" \
      "$here/processprng.c" "$here/processprng.def" -ladvapi32
    cp "$built" "$shim"
  fi
  exec 9>&-
fi

if [[ "${1:-}" == "--server" ]]; then
  shift
  # -p: persist until killed; it returns once the server is listening.
  wineserver -p || true
  trap 'wineserver -k 2>/dev/null || true' EXIT
  "$@"
  exit
fi

exec wine "$@"
