package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sheet writes the review sheet beside the release, refuses to replace a
// file it did not write, and replaces its own.
func TestSheetCommand(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "r.taiyaku")
	if code, _, stderr := run(t, "import", "--ja", filepath.Join("testdata", "ja.txt"), "--en", filepath.Join("testdata", "en.txt"), "-o", rel); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	for _, format := range []string{"pdf", "html"} {
		code, out, stderr := run(t, "sheet", "--format", format, rel)
		want := filepath.Join(dir, "r.sheet."+format)
		if code != 0 || !strings.Contains(out, want) {
			t.Fatalf("sheet --format %s: exit %d, %q, %q", format, code, out, stderr)
		}
		if code, _, _ := run(t, "sheet", "--format", format, rel); code != 0 {
			t.Fatalf("sheet could not replace the sheet it wrote")
		}
	}
	other := filepath.Join(dir, "notes.pdf")
	if err := os.WriteFile(other, []byte("someone's notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := run(t, "sheet", "-o", other, rel); code != 2 || !strings.Contains(stderr, "--force") {
		t.Fatalf("replaced a file Taiyaku did not write: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "sheet", "-o", rel, "--force", rel); code != 2 || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("wrote over its own input: exit %d, %q", code, stderr)
	}
}
