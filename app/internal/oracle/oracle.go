// Package oracle is for tests that check our files with another program
// (LibreOffice, poppler, xmllint, translate-toolkit): where the program is
// missing, a developer's run skips the test, but CI (CI set in the
// environment, which installs them all) fails it, so that an oracle test
// never passes by not running.
package oracle

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// Missing skips the test, or fails it on CI, saying what is missing.
func Missing(t testing.TB, args ...any) {
	t.Helper()
	msg := fmt.Sprint(args...)
	if os.Getenv("CI") != "" {
		t.Fatalf("on CI the oracle must run: %s", msg)
	}
	t.Skip(msg)
}

// Missingf is Missing with a format.
func Missingf(t testing.TB, format string, args ...any) {
	t.Helper()
	Missing(t, fmt.Sprintf(format, args...))
}

// Python is the system Python with translate-toolkit's module importable
// (Debian's translate-toolkit installs it there); the test is skipped, or
// failed on CI, when it is not.
func Python(t testing.TB, module string) string {
	t.Helper()
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		Missing(t, "no ", py)
	}
	if exec.Command(py, "-c", "import "+module).Run() != nil {
		Missing(t, "translate-toolkit not installed (apt-get install translate-toolkit)")
	}
	return py
}
