#!/usr/bin/env bash
# Installs what Cairn needs on Debian 12, and only what is missing.
#   install-deps.sh run    build libraries for `cargo build` / `make run`
#   install-deps.sh test   those, plus Xvfb, D-Bus, WebKit WebDriver, a
#                          notification server, a tray watcher, tauri-driver,
#                          and axe-core (npm; a test tool only, in
#                          target/test-tools: the UI has no npm dependency)
#   install-deps.sh bench  same as test (the benchmarks run under Xvfb too)
#   install-deps.sh package      run's, plus Tauri's bundler (tauri-cli from
#                                crates.io) and the desktop entry, AppStream
#                                and rpm checkers (`make package`)
#   install-deps.sh platforms    the Windows target, its C compiler,
#                                Wine and msitools' wixl (`make
#                                check-platforms`, `make test-windows`,
#                                `make package-windows`), and the macOS
#                                targets with zig as their C compiler
#                                (PyPI's ziglang, in target/test-tools, and
#                                cargo-zigbuild)
# `test` includes package and platforms (`make test` runs both).
# When everything is present it prints one line and makes no apt call.
set -euo pipefail

mode="${1:-run}"

run_pkgs=(libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev pkg-config build-essential)
test_pkgs=(xvfb xauth x11-utils webkit2gtk-driver dbus-daemon dbus-bin dbus-x11 dunst haskell-status-notifier-item-utils)
# desktop-file-validate, appstreamcli, and rpm to list the .rpm's files.
package_pkgs=(desktop-file-utils appstream rpm)
# The C compiler (and windres) for the Windows target's build scripts, and
# Wine to run the Windows tests (`make test-windows`; wine64 is Debian's
# 64-bit Wine 8, `wine` its launcher); wixl writes the MSI and msitools'
# msibuild and msiinfo amend and read it.
platform_pkgs=(gcc-mingw-w64-x86-64 wine wine64 wixl msitools python3-pip)
windows_target=x86_64-pc-windows-gnu
mac_targets=(aarch64-apple-darwin x86_64-apple-darwin)
# Zig carries macOS's C headers, so bundled SQLite compiles for macOS here.
zig_version=0.17.1

want_bundler=0 want_windows=0
case "$mode" in
  run) pkgs=("${run_pkgs[@]}"); want_driver=0 ;;
  test)
    pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}" "${package_pkgs[@]}" "${platform_pkgs[@]}")
    want_driver=1 want_bundler=1 want_windows=1 ;;
  # /usr/bin/time measures the command line's peak memory (bench/cli.sh).
  bench) pkgs=("${run_pkgs[@]}" "${test_pkgs[@]}" time); want_driver=1 ;;
  package) pkgs=("${run_pkgs[@]}" "${package_pkgs[@]}"); want_driver=0 want_bundler=1 ;;
  platforms) pkgs=("${platform_pkgs[@]}"); want_driver=0 want_windows=1 ;;
  *) echo "usage: $0 run|test|bench|package|platforms" >&2; exit 2 ;;
esac

# Sync with a real engine: tests/tests/syncthing.rs runs two Syncthing
# instances on 127.0.0.1 (Debian's package; the test skips without it).
if [[ "$mode" != run ]]; then pkgs+=(syncthing); fi

if [[ $(id -u) -eq 0 ]]; then sudo=(); else sudo=(sudo); fi

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

need_driver=0
if [[ $want_driver -eq 1 ]] && ! command -v tauri-driver >/dev/null 2>&1 \
  && [[ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]]; then
  need_driver=1
fi

# Tauri's bundler, for `make package` (a few minutes to compile, once).
need_bundler=0
if [[ $want_bundler -eq 1 ]] && ! cargo tauri --version >/dev/null 2>&1; then
  need_bundler=1
fi

need_targets=()
zig_dir="$(cd "$(dirname "$0")/.." && pwd)/target/test-tools/ziglang"
need_zig=0 need_zigbuild=0
if [[ $want_windows -eq 1 ]]; then
  installed=$(rustup target list --installed 2>/dev/null || true)
  for t in "$windows_target" "${mac_targets[@]}"; do
    if ! grep -qx "$t" <<<"$installed"; then need_targets+=("$t"); fi
  done
  if [[ "$("$zig_dir/ziglang/zig" version 2>/dev/null)" != "$zig_version" ]]; then need_zig=1; fi
  if ! command -v cargo-zigbuild >/dev/null 2>&1 \
    && [[ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/cargo-zigbuild" ]]; then
    need_zigbuild=1
  fi
fi
need_windows=$(( ${#need_targets[@]} > 0 || need_zig || need_zigbuild ))

# axe-core checks every view for accessibility in tests/tests/accessibility.rs.
tools_dir="$(cd "$(dirname "$0")/.." && pwd)/target/test-tools"
need_axe=0
if [[ $want_driver -eq 1 && ! -f "$tools_dir/node_modules/axe-core/axe.min.js" ]]; then
  need_axe=1
  if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
fi

# The scale picture of `make bench` (bench/scale.py): matplotlib from PyPI,
# one pinned version, in target/test-tools.
plot_dir="$(cd "$(dirname "$0")/.." && pwd)/target/test-tools/matplotlib"
plot_version=3.11.2
need_plot=0
if [[ "$mode" == bench ]] \
  && ! PYTHONPATH="$plot_dir" python3 -c "import matplotlib, sys; sys.exit(matplotlib.__version__ != '$plot_version')" 2>/dev/null; then
  need_plot=1
fi

if [[ ${#missing[@]} -eq 0 && $need_driver -eq 0 && $need_axe -eq 0 && $need_bundler -eq 0 && $need_windows -eq 0 && $need_plot -eq 0 ]]; then
  echo "install-deps ($mode): all dependencies present"
  exit 0
fi

if [[ ${#missing[@]} -gt 0 ]]; then
  echo "install-deps ($mode): installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ $need_driver -eq 1 ]]; then
  echo "install-deps ($mode): installing tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi

if [[ $need_bundler -eq 1 ]]; then
  echo "install-deps ($mode): installing tauri-cli (cargo tauri)"
  # At opt-level 1 it compiles with a quarter less CPU time (11.7 instead of
  # 15.5 minutes here) and bundles Cairn just as fast (6.8 s for both).
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 cargo install tauri-cli --locked --version '^2'
fi

if [[ ${#need_targets[@]} -gt 0 ]]; then
  echo "install-deps ($mode): adding the Rust targets ${need_targets[*]}"
  rustup target add "${need_targets[@]}"
fi

if [[ $need_zig -eq 1 ]]; then
  echo "install-deps ($mode): installing zig $zig_version (PyPI ziglang) into $zig_dir"
  rm -rf "$zig_dir"
  python3 -m pip install --quiet --disable-pip-version-check --target "$zig_dir" "ziglang==$zig_version"
fi

if [[ $need_zigbuild -eq 1 ]]; then
  echo "install-deps ($mode): installing cargo-zigbuild"
  cargo install cargo-zigbuild --locked --version '^0.24'
fi

if [[ $need_plot -eq 1 ]]; then
  echo "install-deps ($mode): installing matplotlib $plot_version into $plot_dir"
  rm -rf "$plot_dir"
  python3 -m pip install --quiet --disable-pip-version-check --target "$plot_dir" "matplotlib==$plot_version"
fi

if [[ $need_axe -eq 1 ]]; then
  echo "install-deps ($mode): installing axe-core into $tools_dir"
  mkdir -p "$tools_dir"
  # One pinned version: a rule added by a later axe cannot turn CI red by itself.
  npm install --prefix "$tools_dir" --no-audit --no-fund --no-save 'axe-core@4.14.1'
fi
