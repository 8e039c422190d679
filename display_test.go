//go:build (linux || freebsd || openbsd || netbsd) && !android

package main

import (
	"strings"
	"testing"
)

// Opening the window with no display says so in one line and exits 2,
// instead of a toolkit panic with a goroutine dump.
func TestNoDisplayIsOneLine(t *testing.T) {
	for _, args := range [][]string{nil, {"release.taiyaku"}} {
		code, out, stderr := taiyaku(t, []string{"LANG=en_US.UTF-8"}, args...)
		if code != 2 || out != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "no display") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
}
