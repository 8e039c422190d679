package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"taiyaku/app/release"
)

// catRelease writes a release made by import into a temporary folder.
func catRelease(t *testing.T) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "press.taiyaku")
	if code, _, stderr := run(t, "import", "--ja", "testdata/ja.txt", "--en", "testdata/en.txt", "-o", path); code != ExitOK {
		t.Fatalf("import: %s", stderr)
	}
	return dir, path
}

// TestXLIFFRoundTripCommands: export --format xliff (both versions), then
// import --xliff gives the same units back.
func TestXLIFFRoundTripCommands(t *testing.T) {
	dir, path := catRelease(t)
	orig, err := release.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"2.1", "1.2"} {
		out := filepath.Join(dir, v)
		code, stdout, stderr := run(t, "export", "--format", "xliff", "--xliff-version", v, "-o", out, path)
		xlf := filepath.Join(out, "press.xlf")
		if code != ExitOK || !strings.Contains(stdout, xlf) {
			t.Fatalf("%s: exit %d, %q %q", v, code, stdout, stderr)
		}
		back := filepath.Join(out, "back.taiyaku")
		code, stdout, stderr = run(t, "import", "--xliff", xlf, "-o", back)
		if code != ExitOK || !strings.Contains(stdout, "units") {
			t.Fatalf("%s: import exit %d, %q %q", v, code, stdout, stderr)
		}
		r, err := release.Load(back)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Units) != len(orig.Units) {
			t.Fatalf("%s: %d units, want %d", v, len(r.Units), len(orig.Units))
		}
		for i := range r.Units {
			a, b := orig.Units[i], r.Units[i]
			if a.ID != b.ID || a.JA != b.JA || a.EN != b.EN || a.Kind != b.Kind {
				t.Errorf("%s: unit %d: %+v, want %+v", v, i, b, a)
			}
		}
		// A second import refuses to overwrite without --force.
		if code, _, stderr := run(t, "import", "--xliff", xlf, "-o", back); code != ExitUsage || !strings.Contains(stderr, "--force") {
			t.Errorf("%s: overwrite: exit %d %q", v, code, stderr)
		}
	}
}

func TestTMXCommand(t *testing.T) {
	dir, path := catRelease(t)
	code, _, stderr := run(t, "export", "--format=tmx", "--tmx-lang", "ja,en", path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "press.tmx"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `<tuv xml:lang="ja">`) || !strings.Contains(string(data), `srclang="ja"`) {
		t.Errorf("bare codes not used:\n%.600s", data)
	}
}

// TestCATBadInput: one line naming the file and place, exit 2, nothing
// written.
func TestCATBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.xlf")
	os.WriteFile(bad, []byte("<?xml version=\"1.0\"?>\n<xliff version=\"2.1\" srcLang=\"fr\" trgLang=\"de\"><file id=\"f\"/></xliff>\n"), 0o644)
	broken := filepath.Join(dir, "broken.xlf")
	os.WriteFile(broken, []byte("<xliff version=\"2.1\" srcLang=\"ja\">\n<file id=\"f\"><unit id=\"u1\">\n"), 0o644)
	tests := []struct {
		tag  language.Tag
		args []string
		want string
	}{
		{language.English, []string{"import", "--xliff", bad}, bad + ", line 2, column 48: this XLIFF translates fr into de"},
		{language.Japanese, []string{"import", "--xliff", bad}, bad + " の 2 行 48 桁: この XLIFF は fr から de"},
		{language.English, []string{"import", "--xliff", broken}, broken + ", line 3, column 1: not well-formed XML"},
		{language.English, []string{"export", "--format", "xliff", "--xliff-version", "3", "x.taiyaku"}, `Unknown XLIFF version "3"`},
		{language.English, []string{"export", "--format", "tmx", "--tmx-lang", "en,ja", "x.taiyaku"}, `Unknown --tmx-lang "en,ja"`},
	}
	for _, tc := range tests {
		code, stdout, stderr := runIn(t, tc.tag, tc.args...)
		if code != ExitUsage || stdout != "" || !strings.HasPrefix(stderr, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want it to start %q", tc.args, code, stdout, stderr, tc.want)
		}
		if strings.HasPrefix(tc.args[0], "import") && strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: not one line: %q", tc.args, stderr)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*.taiyaku")); len(files) != 0 {
		t.Errorf("written: %v", files)
	}
}
