# Cairn — developer entry points. `make test` is what CI runs (.ci/run).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

CARGO ?= cargo
# The debug app binary the end-to-end tests drive (in $CARGO_TARGET_DIR
# when cargo builds there).
export CAIRN_APP := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)/debug/cairn
# Screen and session bus for anything that opens a window.
XVFB := xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session --

.PHONY: run test test-windows package-windows package-windows-debug deps-run deps-test deps-bench deps-package deps-platforms lint fmt unit build e2e bench crash-test check-platforms check-icons package package-debug

## run: build the app (debug) and open it. Data goes to the OS app-data
## folder unless CAIRN_DATA_DIR is set. `cairn` (the command line) opens
## `cairn-app` (the window) when called without a command.
run: deps-run
	$(CARGO) build -p cairn -p cairn-cli
	$(or $(CARGO_TARGET_DIR),./target)/debug/cairn

## test: formatting, lints, the Windows and macOS checks, unit/store/command
## tests, the same core and command-line tests on Windows (Wine), the Linux
## packages and the Windows installer (debug builds), then the end-to-end
## tests against the real debug binary under Xvfb and a private D-Bus; two
## of them unpack and run the .deb (tests/tests/package.rs) and install the
## .msi under Wine (tests/tests/windows_installer.rs) built just before.
## `cargo fetch` first: the dependency check in src-tauri/tests/security.rs
## reads every platform's crate manifests, which a build alone never fetches.
test: deps-test
	$(CARGO) fetch --locked
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(MAKE) --no-print-directory check-platforms DEPS=
	$(CARGO) test -p cairn-core -p cairn-cli -p cairn
	$(MAKE) --no-print-directory test-windows DEPS=
	$(MAKE) --no-print-directory package-debug DEPS=
	$(MAKE) --no-print-directory package-windows-debug DEPS=
	$(CARGO) build -p cairn -p cairn-cli --features cairn/e2e
	$(XVFB) $(CARGO) test -p cairn-e2e -- --test-threads=1

deps-run:
	@bash scripts/install-deps.sh run

deps-test:
	@bash scripts/install-deps.sh test

deps-bench:
	@bash scripts/install-deps.sh bench

deps-package:
	@bash scripts/install-deps.sh package

deps-platforms:
	@bash scripts/install-deps.sh platforms

# `make test` has installed everything already: it calls the targets below
# with DEPS= so they skip their own dependency step.
DEPS_PACKAGE := $(if $(filter undefined,$(origin DEPS)),deps-package)
DEPS_PLATFORMS := $(if $(filter undefined,$(origin DEPS)),deps-platforms)

## check-platforms: what can be checked here of the other systems: the
## committed icons are what scripts/make-icons.py draws; the window app, the
## command line and the core pass clippy for Windows (x86_64-pc-windows-gnu,
## mingw's C compiler; `test-windows` runs them and `package-windows` links
## them); the core and the command line pass clippy for both macOS targets,
## with zig as the C compiler (it carries macOS's C headers, so bundled
## SQLite compiles). The window app is not checked for macOS: see README,
## "Every system, and what proves it".
ZIG := $(CURDIR)/target/test-tools/ziglang/ziglang/zig
check-platforms: $(DEPS_PLATFORMS) check-icons
	$(CARGO) clippy -p cairn -p cairn-cli -p cairn-core --target x86_64-pc-windows-gnu -- -D warnings
	CARGO_ZIGBUILD_ZIG_PATH=$(ZIG) cargo-zigbuild clippy -p cairn-cli -p cairn-core --target aarch64-apple-darwin -- -D warnings
	CARGO_ZIGBUILD_ZIG_PATH=$(ZIG) cargo-zigbuild clippy -p cairn-cli -p cairn-core --target x86_64-apple-darwin -- -D warnings

## test-windows: every test of the core and the command line (unit, store,
## property, sync, import, the CLI binary's, the crash test) built for
## x86_64-pc-windows-gnu with mingw and run under Wine, on Windows' own file
## semantics. scripts/windows/run.sh is the runner: it makes the Wine prefix
## in target/wine on first use (with the ProcessPrng shim Wine 8 lacks) and
## keeps one wineserver up for the whole run.
test-windows: $(DEPS_PLATFORMS)
	CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$(CURDIR)/scripts/windows/run.sh \
	  bash scripts/windows/run.sh --server \
	  $(CARGO) test -p cairn-core -p cairn-cli --target x86_64-pc-windows-gnu

## package-windows: the Windows installer (an MSI from msitools' wixl,
## offline; release build), under target/x86_64-pc-windows-gnu/release/bundle/msi/.
package-windows: $(DEPS_PLATFORMS)
	bash scripts/package-windows.sh

## package-windows-debug: the same from the debug build: the window app and
## the command line linked for Windows (what `make test` installs under Wine).
package-windows-debug: $(DEPS_PLATFORMS)
	bash scripts/package-windows.sh --debug

check-icons:
	python3 scripts/make-icons.py --check

## package: the .deb and .rpm a person installs (release build), under
## target/release/bundle/; checks their desktop entry and metainfo.
package: $(DEPS_PACKAGE)
	bash scripts/package.sh

## package-debug: the same packages from the debug build (what `make test`
## installs and runs: no release build needed), under target/debug/bundle/.
package-debug: $(DEPS_PACKAGE)
	bash scripts/package.sh --debug

## lint: rustfmt check and clippy with warnings as errors.
lint: deps-run
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

## unit: unit, store and command tests (no window needed).
unit: deps-run
	$(CARGO) test -p cairn-core -p cairn-cli -p cairn

build: deps-run
	$(CARGO) build -p cairn -p cairn-cli

## e2e: build the app, then drive it over WebDriver. The package test runs
## on the .deb of an earlier `make package-debug`, and says so when none.
e2e: deps-test
	$(CARGO) build -p cairn -p cairn-cli --features cairn/e2e
	CAIRN_NO_PACKAGE=1 $(XVFB) $(CARGO) test -p cairn-e2e -- --test-threads=1

## bench: start-up, memory and binary size against ../shared/bench/tauri-floor
## (release builds; slow). See bench/README.md.
bench: deps-bench
	bash bench/startup.sh
	bash bench/memory.sh
	bash bench/cli.sh
	bash bench/sync.sh
	bash bench/scale.sh
	$(CARGO) bench -p cairn-core --bench chronicle
	$(CARGO) bench -p cairn --bench log_win | tee target/bench/log_win.txt
	CAIRN_APP=$(CURDIR)/target/release/cairn $(XVFB) $(CARGO) test -p cairn-e2e --test quick -- --ignored bench_tray_to_quick_window --nocapture 2>&1 | grep tray_to_quick | tee target/bench/quick.txt
	CAIRN_APP=$(CURDIR)/target/release/cairn FLOOR_APP=$(CURDIR)/target/floor/release/tauri-floor $(XVFB) $(CARGO) test -p cairn-e2e --test idle -- --ignored bench_idle --nocapture 2>&1 | tee target/bench/idle.txt
	CAIRN_APP=$(CURDIR)/target/release/cairn $(XVFB) $(CARGO) test -p cairn-e2e --test soak -- --ignored bench_soak --nocapture 2>&1 | grep -E '^soak|^Error|panicked' | tee target/bench/soak.txt
	@cat target/bench/startup.txt target/bench/scale.txt target/bench/memory.txt target/bench/cli.txt target/bench/sync.txt target/bench/log_win.txt target/bench/quick.txt target/bench/idle.txt target/bench/soak.txt > target/bench/summary.txt
	@printf '\n==== summary (target/bench/summary.txt)\n'; cat target/bench/summary.txt

## crash-test: the full crash-safety run: 200 trials of a child process
## logging wins killed with SIGKILL at random moments (`make test` runs 20).
crash-test: deps-run
	CAIRN_CRASH_TRIALS=$${CAIRN_CRASH_TRIALS:-200} $(CARGO) test -p cairn-core --test crash -- --nocapture
