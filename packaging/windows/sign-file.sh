#!/usr/bin/env bash
# sign-file.sh FILE: Authenticode-signs one Windows file in place with
# osslsigncode (SHA-256), from the PKCS#12 certificate named by
#   TAIYAKU_SIGN_PFX            path to the .p12/.pfx file (required)
#   TAIYAKU_SIGN_PASSWORD_FILE  file holding its password (or TAIYAKU_SIGN_PASSWORD)
#   TAIYAKU_SIGN_TIMESTAMP      RFC 3161 time-stamping URL (optional; the only
#                               network use, at build time, never at run time)
# Also used by NSIS (!uninstfinalize) to sign the embedded uninstaller.
set -euo pipefail
file=$1
: "${TAIYAKU_SIGN_PFX:?TAIYAKU_SIGN_PFX must name a PKCS#12 certificate}"
args=(sign -pkcs12 "$TAIYAKU_SIGN_PFX" -h sha256 -n Taiyaku -i "${TAIYAKU_SIGN_URL:-https://github.com/taiyaku/taiyaku}")
if [ -n "${TAIYAKU_SIGN_PASSWORD_FILE:-}" ]; then
  args+=(-readpass "$TAIYAKU_SIGN_PASSWORD_FILE")
elif [ -n "${TAIYAKU_SIGN_PASSWORD:-}" ]; then
  args+=(-pass "$TAIYAKU_SIGN_PASSWORD")
fi
[ -n "${TAIYAKU_SIGN_TIMESTAMP:-}" ] && args+=(-ts "$TAIYAKU_SIGN_TIMESTAMP")
osslsigncode "${args[@]}" -in "$file" -out "$file.signed" >/dev/null
mv -f "$file.signed" "$file"
echo "signed $file"
