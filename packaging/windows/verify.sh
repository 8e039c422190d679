#!/usr/bin/env bash
# Verifies the Authenticode signature of every signed Windows artefact in
# dist/ with `osslsigncode verify` (against TAIYAKU_SIGN_CA when set).
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/lib.sh
DIST=${DIST:-dist}
VERSION=$(app_version)
ca=()
[ -n "${TAIYAKU_SIGN_CA:-}" ] && ca=(-CAfile "$TAIYAKU_SIGN_CA")
for f in Taiyaku.exe taiyaku-cli.exe "Taiyaku-$VERSION-setup.exe" "Taiyaku-$VERSION.msi"; do
  [ -f "$DIST/$f" ] || continue
  if out=$(osslsigncode verify "${ca[@]}" -in "$DIST/$f" 2>&1) && grep -q "Signature verification: ok" <<<"$out"; then
    echo "signature ok: $f ($(grep -m1 'Subject:' <<<"$out" | sed 's/^[[:space:]]*//'))"
  else
    echo "$out" >&2
    echo "signature FAILED: $f" >&2
    exit 1
  fi
done
