package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
)

// TestCheckLeavesOutIgnoredFindings: a finding the user ignored in the
// window (stored in the release with a reason) is not reported by check,
// as neither the window nor status reports it; with every error ignored,
// check exits 0.
func TestCheckLeavesOutIgnoredFindings(t *testing.T) {
	r, _, err := workspace.Import("testdata/ja.txt", "testdata/en.txt")
	if err != nil {
		t.Fatal(err)
	}
	open, _ := workspace.New(r).Findings()
	for _, f := range open {
		if f.Severity == check.Error {
			r.Ignored = append(r.Ignored, check.IgnoreRecord(r, f, "checked with the ministry", "Tanaka", "2025-01-22T00:00:00Z"))
		}
	}
	if len(r.Ignored) == 0 {
		t.Fatal("the test pair has no error to ignore")
	}
	path := filepath.Join(t.TempDir(), "R"+release.Extension)
	if err := release.Save(path, r); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := run(t, "check", path)
	if code != ExitOK || stderr != "" || !strings.Contains(out, "errors: 0") {
		t.Fatalf("exit %d, stderr %q\n%s", code, stderr, out)
	}
}
