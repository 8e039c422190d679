#!/usr/bin/env bash
# test.sh ./taiyaku: proves that Taiyaku opens no network connection.
# Runs the program in a network namespace with no interfaces (unshare -n),
# under strace recording every socket() and connect(), through a whole
# session: sample and import on the command line, check, the window under
# Xvfb (edit a unit by typing, save with Ctrl+S), then export. Passes only
# when every socket is AF_UNIX and every connect goes to the X server's
# socket; prints the counts. Needs root (or user namespaces), strace, Xvfb,
# xdotool. Evidence (strace logs, a screenshot) goes to dist/offline/.
set -euo pipefail
bin=$(readlink -f "${1:?usage: test.sh path/to/taiyaku}")
here=$(cd "$(dirname "$0")" && pwd)
out=${OFFLINE_OUT:-$here/../../dist/offline}

if [ "${2:-}" != --inside ]; then
  (cd "$here/../.." && . packaging/lib.sh && apt_install strace xvfb xdotool imagemagick util-linux)
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  flag=-n
  [ "$(id -u)" = 0 ] || flag=-rn # no root: a user namespace owns the new network namespace
  OFFLINE_OUT=$out exec unshare $flag "$0" "$bin" --inside
fi

. "$here/lib.sh"
echo "== network namespace: $(ip -o link 2>/dev/null | awk -F': ' '{print $2}' | tr '\n' ' ')(no route out)"
work=$(mktemp -d)
trap 'cleanup' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache LANG=en_US.UTF-8
mkdir -p "$HOME"
unset DBUS_SESSION_BUS_ADDRESS
rm -f "$out"/strace.*

step() { # step NAME CMD…: runs one command line under strace
  local name=$1; shift
  echo "== $name: $*"
  strace -f -qq -e trace=socket,connect -o "$out/strace.$name" "$@"
}

step sample "$bin" sample --units 40 -o "$work/pair" --seed 7
step import "$bin" import --ja "$work/pair/ja.txt" --en "$work/pair/en.txt" -o "$work/R.taiyaku"
step check "$bin" check "$work/R.taiyaku" || [ $? = 1 ] # 1: findings, not a failure
window_session "$work/R.taiyaku"
step export "$bin" export --lang both --format html -o "$work/out" "$work/R.taiyaku"
cat "$work/out/R.en.html" "$work/out/R.ja.html" | grep -q OFFLINE-EDIT || { echo "FAIL: the edit made in the window is not in the export" >&2; exit 1; }
verdict "$out"
