#!/usr/bin/env bash
# Packages Taiyaku for macOS (make macos), on a Mac only: Apple's SDK is
# needed for cgo and cannot be had on Linux. Writes dist/Taiyaku.app and
# dist/Taiyaku-V-macos.zip, unsigned.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname)" = Darwin ] || { echo "make macos runs on a Mac (Xcode command-line tools, Go 1.26)" >&2; exit 2; }
. packaging/lib.sh
fyne_tool
DIST=${DIST:-dist}
mkdir -p "$DIST"
rm -rf Taiyaku.app "$DIST/Taiyaku.app"
fyne_package -os darwin --release
mv Taiyaku.app "$DIST/Taiyaku.app"
ditto -c -k --keepParent "$DIST/Taiyaku.app" "$DIST/Taiyaku-$(app_version)-macos.zip"
echo "wrote $DIST/Taiyaku.app"
