package docx

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/internal/oracle"
)

// squashLines drops blank lines and all white space inside lines: the
// labels and texts must agree; indentation and the space after a label
// are layout.
func squashLines(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimPrefix(s, "\ufeff"), "\n") {
		if l = strings.Join(strings.Fields(l), ""); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// A .docx that LibreOffice made from a numbered document reads with the
// labels that LibreOffice's own text export shows (testdata/numbered.*:
// the .fodt source, LibreOffice's .docx and its .lo.txt).
func TestLibreOfficeNumbering(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "numbered.docx"))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join("testdata", "numbered.lo.txt"))
	got, err := Text(data)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := squashLines(got), squashLines(string(want)); strings.Join(g, "\n") != strings.Join(w, "\n") {
		t.Errorf("read\n%s\nLibreOffice shows\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}

// soffice converts file to format into a new folder and returns the path.
func soffice(t *testing.T, file, format, ext string) string {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		oracle.Missing(t, "soffice not installed (Debian libreoffice-writer-nogui)")
	}
	dir := t.TempDir()
	cmd := exec.Command(bin, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", format, "--outdir", dir, file)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	return filepath.Join(dir, base+"."+ext)
}

// The hand-written fixtures testdata/NAME.docx.d (numbering formats,
// start overrides, shared counts, legal numbering, tracked changes,
// hyperlinks, fields, content controls, smart tags, furigana, tables) read
// as testdata/NAME.want.txt says.
func TestFixtures(t *testing.T) {
	for _, name := range fixtureNames(t) {
		want, err := os.ReadFile(filepath.Join("testdata", name+".want.txt"))
		if err != nil {
			t.Fatal(err)
		}
		got, err := Text(fixture(t, name))
		if err != nil || got != string(want) {
			t.Errorf("%s: read (%v)\n%s\nwant\n%s", name, err, got, want)
		}
	}
}

// loOracle are the fixtures that LibreOffice shows as Word does. It
// differs on the others, by design of its text export: it shows deleted
// tracked text and recomputes fields (tracked), ignores legal numbering
// (overrides: Word shows "1.1" where LibreOffice shows "I.a") and puts each
// table cell on its own line (table: Taiyaku keeps a row as one line).
var loOracle = []string{"formats"}

// The numbering formats read as LibreOffice, the oracle, shows them (run
// when it is installed).
func TestFixturesAgainstLibreOffice(t *testing.T) {
	for _, name := range loOracle {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name+".docx")
			if err := os.WriteFile(path, fixture(t, name), 0o644); err != nil {
				t.Fatal(err)
			}
			lo, err := os.ReadFile(soffice(t, path, "txt:Text (encoded):UTF8", "txt"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Text(fixture(t, name))
			if err != nil {
				t.Fatal(err)
			}
			if g, w := squashLines(got), squashLines(string(lo)); strings.Join(g, "\n") != strings.Join(w, "\n") {
				t.Errorf("read\n%s\nLibreOffice shows\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
		})
	}
}
