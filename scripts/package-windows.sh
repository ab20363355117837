#!/usr/bin/env bash
# Builds Cairn's Windows installer (.msi) here, offline, with msitools' wixl
# from src-tauri/packaging/windows/cairn.wxs: the window app (cairn-app.exe
# and its WebView2Loader.dll), the command line (cairn.exe, added to the
# system PATH), the icon, a Start-menu entry and the uninstall entry.
#   package-windows.sh          release build
#   package-windows.sh --debug  debug build (what `make test` installs under
#                               Wine: tests/tests/windows_installer.rs)
# Why wixl and not Tauri's bundler: Tauri builds MSIs with the WiX toolset,
# which runs on Windows only, and its NSIS installer downloads NSIS plugins
# at bundle time; wixl is a Debian package and needs no network.
# `scripts/install-deps.sh platforms` installs what is missing.
# Prints the installer's path.
set -euo pipefail

profile=release
if [[ "${1:-}" == "--debug" ]]; then profile=debug; fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
CARGO="${CARGO:-cargo}"
triple=x86_64-pc-windows-gnu

say() { printf '==> %s\n' "$*" >&2; }

target_dir=$("$CARGO" metadata --format-version 1 --no-deps --offline |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
out="$target_dir/$triple/$profile"
version=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' src-tauri/tauri.conf.json)

if [[ $profile == release ]]; then
  say "building cairn-app.exe and cairn.exe (release)"
  "$CARGO" build --release --target "$triple" -p cairn -p cairn-cli --features cairn/custom-protocol
else
  say "building cairn-app.exe and cairn.exe (debug)"
  "$CARGO" build --target "$triple" -p cairn -p cairn-cli
fi

# wixl resolves sources relative to where it runs: stage them together.
stage="$out/msi-stage"
rm -rf "$stage"
mkdir -p "$stage"
for f in cairn-app.exe cairn.exe WebView2Loader.dll; do
  if [[ ! -f "$out/$f" ]]; then
    echo "package-windows: $out/$f was not built" >&2
    exit 1
  fi
  cp "$out/$f" "$stage/"
done
cp icons/icon.ico "$stage/cairn.ico"

bundle="$out/bundle/msi"
rm -rf "$bundle"
mkdir -p "$bundle"
msi="$bundle/Cairn_${version}_x64.msi"
say "writing $msi"
(cd "$stage" && wixl --arch x64 -D Version="$version" -D BinDir=. -D IconFile=cairn.ico \
  -o "$msi" "$repo/src-tauri/packaging/windows/cairn.wxs")

# `cairn` in every new terminal: the Environment table, which wixl does not
# write. "=-*PATH" sets the system variable (*) and takes the part back out
# on uninstall (-); "[~];" appends to what PATH already holds.
msibuild "$msi" \
  -q 'CREATE TABLE `Environment` (`Environment` CHAR(72) NOT NULL, `Name` CHAR(255) NOT NULL LOCALIZABLE, `Value` CHAR(255) LOCALIZABLE, `Component_` CHAR(72) NOT NULL PRIMARY KEY `Environment`)' \
  -q "INSERT INTO \`Environment\` (\`Environment\`, \`Name\`, \`Value\`, \`Component_\`) VALUES ('CairnOnPath', '=-*PATH', '[~];[INSTALLDIR]', 'CommandLine')" \
  -q "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Sequence\`) VALUES ('RemoveEnvironmentStrings', 3300)" \
  -q "INSERT INTO \`InstallExecuteSequence\` (\`Action\`, \`Sequence\`) VALUES ('WriteEnvironmentStrings', 5200)"

ls -l "$msi" >&2
echo "$msi"
