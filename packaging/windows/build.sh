#!/usr/bin/env bash
# Cross-builds Taiyaku for 64-bit Windows on Debian and packs it:
#   build.sh exe      dist/Taiyaku.exe (fyne package: GUI subsystem, icon,
#                     version info, packaging/windows/taiyaku.exe.manifest)
#                     and dist/taiyaku-cli.exe (console, no cgo)
#   build.sh package  dist/Taiyaku-V-setup.exe (NSIS, per user),
#                     dist/Taiyaku-V-portable.zip, dist/Taiyaku-V.msi (wixl)
#   build.sh          both
# NSIS_SIGN=<command FILE> makes NSIS sign the uninstaller it embeds (sign.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/lib.sh
DIST=${DIST:-dist}
mkdir -p "$DIST"
DIST=$(cd "$DIST" && pwd)
VERSION=$(app_version)
BUILD=$(app_build)

build_exe() {
  apt_install gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 imagemagick
  fyne_tool
  make_icon
  # fyne package embeds <module>.exe.manifest when it finds it in the source folder.
  cp packaging/windows/taiyaku.exe.manifest taiyaku.exe.manifest
  trap 'rm -f taiyaku.exe.manifest cmd/taiyaku-cli/rsrc_windows_amd64.syso' EXIT
  rm -f Taiyaku.exe
  CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
    fyne_package -os windows --release
  mv -f Taiyaku.exe "$DIST/Taiyaku.exe"
  cli_resources cmd/taiyaku-cli/rsrc_windows_amd64.syso
  GOOS=windows GOARCH=amd64 CGO_ENABLED=0 $GO build -trimpath -ldflags "-s -w" \
    -o "$DIST/taiyaku-cli.exe" ./cmd/taiyaku-cli
  echo "built $DIST/Taiyaku.exe $DIST/taiyaku-cli.exe"
}

# cli_resources OUT: the console program's version info and the same
# manifest, compiled by windres into a .syso that go build links in.
cli_resources() {
  local rc="$DIST/build/cli.rc"
  mkdir -p "$DIST/build"
  sed -e "s/@VERSION@/$VERSION/g" -e "s/@COMMAS@/${VERSION//./,},$BUILD/g" \
    -e "s/@BUILD@/$BUILD/g" -e "s|@MANIFEST@|$PWD/packaging/windows/taiyaku.exe.manifest|" \
    -e "s|@ICON@|$DIST/build/taiyaku.ico|" \
    packaging/windows/cli.rc.in >"$rc"
  x86_64-w64-mingw32-windres -O coff -i "$rc" -o "$1"
}

# make_icon: the app icon as a Windows .ico, for the CLI and the installer.
make_icon() {
  mkdir -p "$DIST/build"
  convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 "$DIST/build/taiyaku.ico"
}

build_packages() {
  apt_install nsis p7zip-full imagemagick
  [ -f "$DIST/Taiyaku.exe" ] && [ -f "$DIST/taiyaku-cli.exe" ] || { echo "run build.sh exe first" >&2; exit 2; }
  make_icon
  local icon="$DIST/build/taiyaku.ico"
  local sign=()
  [ -n "${NSIS_SIGN:-}" ] && sign=("-DSIGN=$NSIS_SIGN")
  makensis -V2 -DVERSION="$VERSION" -DBUILD="$BUILD" -DDIST="$DIST" -DICON="$icon" \
    "${sign[@]}" packaging/windows/taiyaku.nsi
  portable_zip
  msi
  ls -l "$DIST"
}

# portable_zip: the two programs in a Taiyaku folder, to run from a USB
# stick; preferences still go to the user's profile.
portable_zip() {
  local stage="$DIST/build/portable/Taiyaku" zip="$DIST/Taiyaku-$VERSION-portable.zip"
  rm -rf "$DIST/build/portable" "$zip"
  mkdir -p "$stage"
  cp "$DIST/Taiyaku.exe" "$DIST/taiyaku-cli.exe" "$stage/"
  sed "s/@VERSION@/$VERSION/" packaging/windows/portable-readme.txt | sed 's/$/\r/' >"$stage/README.txt"
  (cd "$DIST/build/portable" && 7z a -tzip -bd "$zip" Taiyaku >/dev/null)
}

# msi: an optional per-user MSI for software-distribution tools; skipped
# when Debian's wixl cannot be installed.
msi() {
  apt_install wixl || { echo "wixl not available: no MSI"; return 0; }
  local wxs=$PWD/packaging/windows/taiyaku.wxs
  # wixl resolves File sources relative to the working folder only.
  (cd "$DIST" && wixl -a x64 -D Version="$VERSION" -D SourceDir=. -o "Taiyaku-$VERSION.msi" "$wxs")
}

case "${1:-all}" in
  exe) build_exe ;;
  package) build_packages ;;
  all) build_exe; build_packages ;;
  *) echo "usage: $0 [exe|package|all]" >&2; exit 2 ;;
esac
