#!/usr/bin/env bash
# Packages Taiyaku for 64-bit Linux (make linux): fyne package -os linux
# makes the binary, icon, .desktop entry and a Makefile; this adds the
# .taiyaku MIME type and install.sh (per-user install with the file type)
# and writes dist/Taiyaku-V-linux-amd64.tar.xz. LINUX_EXE=path packs that
# binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/lib.sh
make deps >/dev/null
apt_install xz-utils
fyne_tool
DIST=${DIST:-dist}
mkdir -p "$DIST"
VERSION=$(app_version)
stage="$DIST/build/linux"
rm -rf "$stage" Taiyaku.tar.xz
mkdir -p "$stage"
exe=()
if [ -n "${LINUX_EXE:-}" ]; then # fyne names the packed program after the file
  [ "$(readlink -f "$LINUX_EXE")" = "$PWD/taiyaku" ] || cp "$LINUX_EXE" taiyaku
  exe=(-executable taiyaku)
fi
fyne_package -os linux --release "${exe[@]}"
tar -xJf Taiyaku.tar.xz -C "$stage"
rm -f Taiyaku.tar.xz
root="$stage/taiyaku"
usr=$(dirname "$(dirname "$(find "$root/usr" -path '*/bin/taiyaku' | head -n 1)")")
install -Dm644 packaging/linux/taiyaku-mime.xml "$usr/share/mime/packages/jp.taiyaku.editor.xml"
install -m755 packaging/linux/install.sh "$root/install.sh"
out="$DIST/Taiyaku-$VERSION-linux-amd64.tar.xz"
tar -cJf "$out" -C "$stage" taiyaku
tar -tJf "$out"
echo "wrote $out"
