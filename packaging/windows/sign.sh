#!/usr/bin/env bash
# Signs the Windows build (make windows-sign): first the two programs, then
# re-packs the installer, zip and MSI around the signed programs (NSIS also
# signs the uninstaller it embeds), then signs the installer and the MSI,
# and verifies every signature. The certificate comes from the environment
# (see sign-file.sh); TAIYAKU_SIGN_CA names the CA certificate to verify
# against when it is not in the system's store (a test certificate).
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/lib.sh
apt_install osslsigncode
DIST=${DIST:-dist}
VERSION=$(app_version)
signer="$PWD/packaging/windows/sign-file.sh"
for f in Taiyaku.exe taiyaku-cli.exe; do "$signer" "$DIST/$f"; done
NSIS_SIGN="bash $signer" DIST="$DIST" packaging/windows/build.sh package
for f in "Taiyaku-$VERSION-setup.exe" "Taiyaku-$VERSION.msi"; do
  [ -f "$DIST/$f" ] && "$signer" "$DIST/$f"
done
packaging/windows/verify.sh
