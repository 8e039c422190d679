#!/usr/bin/env bash
# testcert.sh DIR: makes a throw-away self-signed code-signing certificate
# (for CI only: Windows does not trust it) as DIR/test.p12 with its
# password in DIR/test.pass and the certificate in DIR/test.crt, and prints
# the environment that sign.sh reads.
set -euo pipefail
dir=$1
mkdir -p "$dir"
openssl rand -hex 16 >"$dir/test.pass"
openssl req -x509 -newkey rsa:3072 -sha256 -days 2 -nodes -subj "/CN=Taiyaku CI test signing/O=Taiyaku" \
  -addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=codeSigning" \
  -keyout "$dir/test.key" -out "$dir/test.crt" 2>/dev/null
openssl pkcs12 -export -inkey "$dir/test.key" -in "$dir/test.crt" -passout "file:$dir/test.pass" -out "$dir/test.p12"
rm -f "$dir/test.key"
echo "TAIYAKU_SIGN_PFX=$dir/test.p12 TAIYAKU_SIGN_PASSWORD_FILE=$dir/test.pass TAIYAKU_SIGN_CA=$dir/test.crt"
