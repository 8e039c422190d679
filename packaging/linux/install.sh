#!/bin/sh
# Installs Taiyaku for the current user, without root: the program in
# ~/.local/bin, its menu entry and icon, and the .taiyaku file type opened
# by it. `./install.sh --uninstall` removes them again (releases and
# preferences stay). `sudo make install` (fyne's Makefile, beside this
# script) installs for all users instead, without the file type.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
usr=$(dirname "$(dirname "$(find "$here/usr" -path '*/bin/taiyaku' | head -n 1)")")
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
id=jp.taiyaku.editor

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database "$data/applications"; fi
}

if [ "${1:-}" = --uninstall ]; then
  rm -f "$bin/taiyaku" "$data/applications/$id.desktop" "$data/icons/hicolor/512x512/apps/$id.png" \
    "$data/mime/packages/$id.xml"
  refresh
  echo "Taiyaku removed."
  exit 0
fi

install -Dm755 "$usr/bin/taiyaku" "$bin/taiyaku"
install -Dm644 "$usr/share/pixmaps/$id.png" "$data/icons/hicolor/512x512/apps/$id.png"
install -Dm644 "$usr/share/mime/packages/$id.xml" "$data/mime/packages/$id.xml"
mkdir -p "$data/applications"
sed "s|^Exec=taiyaku|Exec=$bin/taiyaku|" "$usr/share/applications/$id.desktop" >"$data/applications/$id.desktop"
refresh
if command -v xdg-mime >/dev/null; then xdg-mime default "$id.desktop" application/x-taiyaku || true; fi
echo "Taiyaku installed in $bin (start it from the menu, or run: taiyaku)."
