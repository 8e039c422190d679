# shellcheck shell=bash
# shellcheck disable=SC2154 # work, bin and out are set by test.sh
# Helpers of test.sh (sourced inside the network namespace).

display=:87

cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}

# window_session R: opens R in the window under Xvfb and strace, types into
# the English text of the first unit, saves with Ctrl+S, quits with Ctrl+Q,
# and checks that the saved file has the edit.
window_session() {
  local r=$1 wid=""
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=$display
  for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
  echo "== window: $bin $r (Xvfb $display), type, Ctrl+S, Ctrl+Q"
  strace -f -qq -e signal=none -e trace=socket,connect -o "$out/strace.window" "$bin" "$r" >"$out/window.log" 2>&1 &
  app=$!
  for _ in $(seq 120); do
    wid=$(xdotool search --onlyvisible --name 'Taiyaku|taiyaku' 2>/dev/null | head -n 1) && [ -n "$wid" ] && break
    sleep 0.5
  done
  [ -n "$wid" ] || { echo "FAIL: no window appeared" >&2; exit 1; }
  sleep 4 # the first check and drawing
  # Click into the first unit's English text (right half of the middle
  # column) and type where the cursor lands; a little lower each try, in
  # case the window's layout moved the first row down.
  for y in 88 128 168 208; do
    xdotool mousemove --window "$wid" 800 "$y" click 1
    sleep 0.5
    xdotool type --delay 30 " OFFLINE-EDIT"
    sleep 1
    import -window root "$out/window.png"
    xdotool key ctrl+s
    for _ in $(seq 20); do grep -q OFFLINE-EDIT "$r" && break 2; sleep 0.25; done
  done
  grep -q OFFLINE-EDIT "$r" || { echo "FAIL: typing and Ctrl+S did not save the edit (see $out/window.png)" >&2; exit 1; }
  echo "   saved: $(grep -c OFFLINE-EDIT "$r") unit with the typed text"
  xdotool key ctrl+q
  for _ in $(seq 40); do kill -0 "$app" 2>/dev/null || break; sleep 0.25; done
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}

# Local sockets a connect() may reach: the X server (abstract or in
# /tmp/.X11-unix), and glibc's name-service cache daemon, which glibc asks
# first when Go's os/user looks up the user's name (for the lock file and
# the trail); it is a local file socket, absent here (ENOENT).
allowed_connect="sa_family=AF_UNIX, sun_path=(@?\"/tmp/.X11-unix/X${display#:}\"|\"/var/run/nscd/socket\")"

# verdict DIR: every socket() must be AF_UNIX and every connect() must go
# to an allowed local socket; prints the counts of each step.
verdict() {
  local dir=$1 f bad=0 sockets connects x
  for f in "$dir"/strace.*; do
    sockets=$(grep -c ' socket(' "$f" || true)
    connects=$(grep -c ' connect(' "$f" || true)
    x=$(grep -c ' connect(.*X11-unix' "$f" || true)
    printf '   %-8s socket() %2s (%s AF_UNIX), connect() %2s (%s to the X server, %s to nscd)\n' \
      "${f##*.}" "$sockets" "$(grep -c ' socket(AF_UNIX' "$f" || true)" "$connects" "$x" \
      "$(grep -c ' connect(.*nscd/socket' "$f" || true)"
    if grep ' socket(' "$f" | grep -v 'socket(AF_UNIX'; then bad=1; fi
    if grep ' connect(' "$f" | grep -Ev "$allowed_connect"; then bad=1; fi
  done
  if [ $bad = 1 ]; then echo "FAIL: a socket that is not AF_UNIX, or a connect to another socket (lines above)" >&2; exit 1; fi
  echo "offline: ok (only AF_UNIX sockets; connects only to the X server and the local nscd socket)"
}
