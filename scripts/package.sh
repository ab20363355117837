#!/usr/bin/env bash
# Builds Cairn's Linux packages (.deb and .rpm) with Tauri's bundler, then
# checks the desktop entry and the AppStream metainfo inside the .deb.
#   package.sh            release build (what a person installs)
#   package.sh --debug    debug build (what `make test` bundles and installs:
#                         it reuses the debug dependencies the other tests
#                         built; a release build costs minutes of LTO)
# Needs `cargo tauri` (tauri-cli), desktop-file-validate and appstreamcli:
# `scripts/install-deps.sh package` installs what is missing.
# Prints the packages' paths; the last line is the .deb's.
set -euo pipefail

profile=release
if [[ "${1:-}" == "--debug" ]]; then profile=debug; fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
CARGO="${CARGO:-cargo}"

target_dir=$("$CARGO" metadata --format-version 1 --no-deps --offline |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
triple=$(rustc -vV | sed -n 's/^host: //p')
out="$target_dir/$profile"

say() { printf '==> %s\n' "$*" >&2; }

# 1. The two binaries: the window app (crate cairn) and the command line.
#    A release build is a production build (assets on the custom protocol);
#    the debug build is the same as `cargo build`'s, so nothing else rebuilds.
if [[ $profile == release ]]; then
  say "building cairn-app and cairn (release)"
  "$CARGO" build --release -p cairn -p cairn-cli --features cairn/custom-protocol
else
  say "building cairn-app and cairn (debug)"
  "$CARGO" build -p cairn -p cairn-cli
fi

# 2. `cairn` goes beside `cairn-app` (/usr/bin on Linux) as Tauri's
#    "external binary", which the bundler expects named after the target.
stage="$target_dir/package"
mkdir -p "$stage"
cp "$out/cairn" "$stage/cairn-$triple"
overlay="$stage/tauri.package.json"
python3 - "$stage/cairn" "$overlay" <<'EOF'
import json, sys
cli, overlay = sys.argv[1], sys.argv[2]
json.dump({"bundle": {"active": True, "targets": ["deb", "rpm"], "externalBin": [cli]}},
          open(overlay, "w"), indent=2)
EOF

# 3. Bundle what was built (no second compile). Old packages go first, so
#    the paths printed below are this run's.
bundle_dir="$out/bundle"
rm -rf "$bundle_dir/deb" "$bundle_dir/rpm"
say "bundling .deb and .rpm"
args=(bundle --bundles deb,rpm --config "$overlay")
if [[ $profile == debug ]]; then args+=(--debug); fi
(cd src-tauri && "$CARGO" tauri "${args[@]}")

deb=$(ls "$bundle_dir"/deb/*.deb)
rpm=$(ls "$bundle_dir"/rpm/*.rpm)

# 4. The desktop entry and the metainfo, as installed.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg-deb -x "$deb" "$scratch"
say "checking the desktop entry and the AppStream metainfo"
desktop-file-validate "$scratch"/usr/share/applications/*.desktop
appstreamcli validate --no-net "$scratch"/usr/share/metainfo/*.metainfo.xml >&2
# The installed tree as a whole: the launchable names the desktop entry, and
# its icon is there.
appstreamcli validate-tree --no-net "$scratch" >&2
if [[ -e "$scratch/etc/xdg/autostart" ]]; then
  echo "the package must not start Cairn at login (found /etc/xdg/autostart)" >&2
  exit 1
fi

ls -l "$rpm" "$deb" >&2
echo "$rpm"
echo "$deb"
