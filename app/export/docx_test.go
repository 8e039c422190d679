package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/docx"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/internal/oracle"
	"taiyaku/app/outline"
	"taiyaku/app/release"
)

// samplePairs are the sample releases kept as test data by the checker.
func samplePairs(t *testing.T) map[string]*release.Release {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join("..", "check", "testdata", "samples", "*"))
	out := map[string]*release.Release{}
	for _, d := range dirs {
		ja, err1 := os.ReadFile(filepath.Join(d, "ja.txt"))
		en, err2 := os.ReadFile(filepath.Join(d, "en.txt"))
		if err1 != nil || err2 != nil {
			continue
		}
		r, _ := importtext.Import(string(ja), string(en), glossary.Default())
		out[filepath.Base(d)] = r
	}
	if len(out) == 0 {
		t.Fatal("no sample pairs")
	}
	return out
}

// nonBlank is the text's lines without blank ones or trailing spaces:
// Word separates paragraphs by spacing, the txt export by a blank line.
func nonBlank(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = strings.TrimRight(l, " \t\u00a0"); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// Reading our own .docx back gives the txt export's lines.
func TestDOCXReadsBack(t *testing.T) {
	for name, r := range samplePairs(t) {
		for _, ed := range []release.Edition{release.JA, release.EN} {
			data, err := Encode(r, ed, DOCX, outline.Levels(r, ed))
			if err != nil {
				t.Fatal(err)
			}
			text, err := docx.Text(data)
			if err != nil {
				t.Fatalf("%s %s: %v", name, ed, err)
			}
			want := nonBlank(string(Render(r, ed, TXT, outline.Levels(r, ed))))
			if got := nonBlank(text); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s %s: read back\n%q\nwant\n%q", name, ed, got, want)
			}
		}
	}
}

// LibreOffice, the oracle: its text conversion of each sample's .docx
// equals our txt export (blank lines aside).
func TestDOCXLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		oracle.Missing(t, "soffice not installed (Debian libreoffice-writer-nogui)")
	}
	dir := t.TempDir()
	var files []string
	wants := map[string][]string{}
	for name, r := range samplePairs(t) {
		for _, ed := range []release.Edition{release.JA, release.EN} {
			paths, err := Write(dir, name, r, []release.Edition{ed}, DOCX, outline.Levels(r, ed), nil)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, paths...)
			wants[strings.TrimSuffix(filepath.Base(paths[0]), ".docx")] = nonBlank(string(Render(r, ed, TXT, outline.Levels(r, ed))))
		}
	}
	out := filepath.Join(dir, "lo")
	args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out}, files...)
	if msg, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, msg)
	}
	for base, want := range wants {
		got, err := os.ReadFile(filepath.Join(out, base+".txt"))
		if err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		g := nonBlank(strings.TrimPrefix(string(got), "\ufeff"))
		if strings.Join(g, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: LibreOffice reads\n%q\nwant\n%q", base, g, want)
		}
	}
}
