# shellcheck shell=bash
# Shared by the packaging scripts (sourced, not run): installs missing
# Debian packages and the pinned fyne packaging tool, reads the version.

GO=${GO:-go}
FYNE_TOOL_VERSION=v1.7.4

# apt_install PKG…: installs the Debian packages that are missing, with sudo
# when not root, as `make deps` does.
apt_install() {
  local missing="" p sudo=""
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  echo "installing:$missing"
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

# fyne_tool: puts the pinned `fyne` packaging tool on PATH (go install).
fyne_tool() {
  local bin
  bin="$($GO env GOPATH)/bin"
  export PATH="$PATH:$bin"
  if ! "$bin/fyne" version 2>/dev/null | grep -q "${FYNE_TOOL_VERSION#v}"; then
    GOFLAGS='' $GO install "fyne.io/tools/cmd/fyne@$FYNE_TOOL_VERSION"
  fi
}

# fyne_package ARGS…: runs `fyne package`, which rewrites FyneApp.toml
# (its own layout, comments dropped) to count up Build on every run; the
# file is put back, so a build leaves the work tree as it was.
fyne_package() {
  local saved rc=0
  saved=$(mktemp)
  cp FyneApp.toml "$saved"
  # the desktop program optimised with the command line's CPU profile (PGO;
  # PGO=off builds without it, as CI does)
  GOFLAGS="${GOFLAGS:+$GOFLAGS }-pgo=${PGO:-$PWD/cmd/taiyaku-cli/default.pgo}" fyne package "$@" || rc=$?
  cp "$saved" FyneApp.toml
  rm -f "$saved"
  return $rc
}

# app_version and app_build read FyneApp.toml, the one place they are kept.
app_version() { sed -n 's/^ *Version *= *"\([0-9.]*\)".*/\1/p' FyneApp.toml; }
app_build() { sed -n 's/^ *Build *= *\([0-9]*\).*/\1/p' FyneApp.toml; }
