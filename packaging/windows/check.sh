#!/usr/bin/env bash
# Checks the Windows programs in dist/ with x86_64-w64-mingw32-objdump -p:
# the subsystem (GUI for Taiyaku.exe, console for taiyaku-cli.exe), that
# only DLLs shipped with Windows are imported (no MinGW runtime DLL that a
# user would lack), a version resource and our manifest; and lists the
# installer's and the zip's payload with 7z.
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/lib.sh
DIST=${DIST:-dist}
VERSION=$(app_version)
# DLLs that every Windows 10/11 has (lower case).
SYSTEM_DLLS=" kernel32.dll user32.dll gdi32.dll opengl32.dll shell32.dll ole32.dll oleaut32.dll advapi32.dll winmm.dll comdlg32.dll comctl32.dll ntdll.dll msvcrt.dll ws2_32.dll imm32.dll shcore.dll dwmapi.dll uxtheme.dll version.dll setupapi.dll crypt32.dll bcrypt.dll secur32.dll userenv.dll shlwapi.dll "
fail=0
bad() { echo "FAIL: $*" >&2; fail=1; }

# check_exe FILE SUBSYSTEM: SUBSYSTEM is "Windows GUI" or "Windows CUI".
check_exe() {
  local f=$1 want=$2 dump dll
  [ -f "$f" ] || { bad "$f missing"; return; }
  dump=$(x86_64-w64-mingw32-objdump -p "$f")
  grep -q "^Subsystem.*($want)" <<<"$dump" || bad "$f: subsystem is not $want"
  for dll in $(sed -n 's/^[[:space:]]*DLL Name: //p' <<<"$dump" | tr 'A-Z' 'a-z'); do
    [[ $SYSTEM_DLLS == *" $dll "* ]] || bad "$f imports $dll, which is not part of Windows"
  done
  # Top-level resource types: 0x10 RT_VERSION, 0x18 RT_MANIFEST, 0x0e RT_GROUP_ICON.
  for t in 000010:version 000018:manifest 00000e:icon; do
    grep -qE "^[0-9a-f]{3}   Entry: ID: 0x${t%%:*}," <<<"$dump" || bad "$f has no ${t#*:} resource"
  done
  strings -el "$f" | grep -qx "$VERSION.*" || bad "$f: version $VERSION not in its version resource"
  strings -el "$f" | grep -qx "Taiyaku" || bad "$f: product name Taiyaku not in its version resource"
  for m in 'level="asInvoker"' PerMonitorV2 '<ws2019:activeCodePage>UTF-8' 8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a; do
    grep -qF "$m" "$f" || bad "$f: manifest lacks $m"
  done
  echo "$f: $want, imports $(sed -n 's/^[[:space:]]*DLL Name: //p' <<<"$dump" | tr '\n' ' ')"
}

check_exe "$DIST/Taiyaku.exe" "Windows GUI"
check_exe "$DIST/taiyaku-cli.exe" "Windows CUI"
echo "== installer payload (7z l)"
7z l "$DIST/Taiyaku-$VERSION-setup.exe" | sed -n '/^---/,/^---/p' | grep -v '^---' || bad "installer not readable"
grep -aq 'requestedExecutionLevel level="asInvoker"' "$DIST/Taiyaku-$VERSION-setup.exe" ||
  bad "the installer would ask for administrator rights"
for f in Taiyaku.exe taiyaku-cli.exe Uninstall.exe; do
  7z l "$DIST/Taiyaku-$VERSION-setup.exe" | grep -q " $f$" || bad "installer lacks $f"
done
echo "== portable zip (7z l)"
7z l "$DIST/Taiyaku-$VERSION-portable.zip" | grep -E ' Taiyaku/' || bad "zip not readable"
exit $fail
