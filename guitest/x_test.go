//go:build guitest

package guitest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// display is the X server the tests run on: its own Xvfb, big enough for
// every window size the scenarios ask for.
var display = envOr("GUITEST_DISPLAY", ":77")

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

// startXvfb starts the X server and waits until it answers; stop ends it.
func startXvfb() (stop func(), err error) {
	lock := "/tmp/.X" + strings.TrimPrefix(display, ":") + "-lock"
	if b, err := os.ReadFile(lock); err == nil {
		if pid, _ := strconv.Atoi(strings.TrimSpace(string(b))); pid > 0 && syscall.Kill(pid, 0) == nil {
			return nil, fmt.Errorf("display %s is taken (by process %d); set GUITEST_DISPLAY", display, pid)
		}
	}
	cmd := exec.Command("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
		"-ardelay", "30000") // no autorepeat: a loaded machine must not turn one key into two
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting Xvfb: %w", err)
	}
	// SIGTERM lets Xvfb remove its lock file.
	stop = func() { _ = cmd.Process.Signal(syscall.SIGTERM); _, _ = cmd.Process.Wait() }
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if _, err := xdo("getdisplaygeometry"); err == nil {
			return stop, nil
		}
	}
	stop()
	return nil, fmt.Errorf("Xvfb on %s did not answer within 10 s", display)
}

// xdo runs xdotool on our display. A timeout turns a stuck X call into an
// error instead of a hung test.
func xdo(args ...string) (string, error) {
	return run(10*time.Second, "xdotool", args...)
}

// run runs a command on our display with a time limit.
func run(limit time.Duration, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(errb.String()))
	}
	return strings.TrimSpace(out.String()), nil
}
