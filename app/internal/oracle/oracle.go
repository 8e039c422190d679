// Package oracle is for tests that check our files with another program
// (LibreOffice, poppler, xmllint, translate-toolkit): where the program is
// missing, a developer's run skips the test, but CI (CI set in the
// environment, which installs them all) fails it, so that an oracle test
// never passes by not running.
package oracle

import (
	"fmt"
	"os"
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
