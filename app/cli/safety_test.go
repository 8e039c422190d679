package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/release"
)

// import never writes over one of the editions it reads, even with
// --force; export never over a source text it did not write.
func TestNoCommandOverwritesItsInputs(t *testing.T) {
	dir := t.TempDir()
	ja, en := filepath.Join(dir, "press.ja.txt"), filepath.Join(dir, "press.en.txt")
	for p, src := range map[string]string{ja: "ja.txt", en: "en.txt"} {
		data, _ := os.ReadFile(filepath.Join("testdata", src))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before, _ := os.ReadFile(ja)
	if code, _, stderr := run(t, "import", "--ja", ja, "--en", en, "-o", ja, "--force"); code != 2 || !strings.Contains(stderr, "inputs") {
		t.Fatalf("import -o over its input: exit %d, %q", code, stderr)
	}
	if code, _, stderr := run(t, "import", "--ja", ja, "--en", en); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	rel := filepath.Join(dir, "press.taiyaku")
	if code, _, stderr := run(t, "export", "--format", "txt", rel); code != 2 || !strings.Contains(stderr, "--force") {
		t.Fatalf("export over the source texts: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(ja); string(after) != string(before) {
		t.Fatal("a source text was overwritten")
	}
	// Into a folder of its own, and again over its own files: fine.
	out := filepath.Join(dir, "out")
	for range 2 {
		if code, _, stderr := run(t, "export", "--format", "txt", "-o", out, rel); code != 0 {
			t.Fatalf("export: %s", stderr)
		}
	}
}

// Control characters in a release's text reach the terminal escaped.
func TestOutputEscapesControlCharacters(t *testing.T) {
	dir := t.TempDir()
	rel := filepath.Join(dir, "r.taiyaku")
	if code, _, stderr := run(t, "import", "--ja", filepath.Join("testdata", "ja.txt"), "--en", filepath.Join("testdata", "en.txt"), "-o", rel); code != 0 {
		t.Fatal(stderr)
	}
	r, err := release.Load(rel)
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Units {
		if r.Units[i].Kind == release.Paragraph {
			r.Units[i].EN = "Forged\x1b[2J line\u202e reversed\u0085"
			break
		}
	}
	if err := release.Save(rel, r); err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(t, "check", rel)
	if code != 1 || strings.ContainsAny(out, "\x1b\u202e\u0085") || !strings.Contains(out, `\u001b`) || !strings.Contains(out, "typography.control") {
		t.Fatalf("exit %d, output %q", code, out)
	}
}
