package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/internal/oracle"
	"taiyaku/app/outline"
	"taiyaku/app/pdfdoc"
	"taiyaku/app/release"
	"taiyaku/assets"
)

// poppler runs a poppler tool, skipping the test where it is missing
// (CI installs poppler-utils).
func poppler(t *testing.T, name string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		oracle.Missingf(t, "%s not installed (Debian poppler-utils)", name)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
	return string(out)
}

// Each edition of the sample as PDF: only embedded fonts, every unit's
// text in order, no Japanese line opening with 。、」）, a small file.
func TestPDFEditions(t *testing.T) {
	r, _ := importtext.Import(assets.SampleJA, assets.SampleEN, glossary.Default())
	dir := t.TempDir()
	for _, ed := range []release.Edition{release.JA, release.EN} {
		paths, err := Write(dir, "sample", r, []release.Edition{ed}, PDF, outline.Levels(r, ed), nil)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(paths[0])
		t.Logf("%s: %d bytes", filepath.Base(paths[0]), fi.Size())
		if fi.Size() > 200<<10 {
			t.Errorf("%s is %d KB", paths[0], fi.Size()>>10)
		}
		fonts := poppler(t, "pdffonts", paths[0])
		for _, line := range strings.Split(fonts, "\n")[2:] {
			if f := strings.Fields(line); len(f) >= 5 && !strings.Contains(line, " yes ") {
				t.Errorf("a font is not embedded: %s", line)
			}
		}
		text := poppler(t, "pdftotext", "-layout", paths[0], "-")
		checkInOrder(t, ed, r, text)
		if ed == release.JA {
			for _, line := range strings.Split(text, "\n") {
				if l := strings.TrimSpace(line); l != "" && pdfdoc.StartsBadly(l) {
					t.Errorf("a Japanese line starts with a forbidden character: %q", l)
				}
			}
		}
	}
}

// checkInOrder wants the text of every unit (white space aside) in the
// extracted text, each after the one before.
func checkInOrder(t *testing.T, ed release.Edition, r *release.Release, text string) {
	t.Helper()
	var body []string
	for _, l := range strings.Split(text, "\n") {
		if !footer.MatchString(l) { // the page footer: title and page count
			body = append(body, l)
		}
	}
	flat := squash(strings.Join(body, "\n"))
	at := 0
	for i := range r.Units {
		u := &r.Units[i]
		if u.Kind == release.Furniture {
			continue
		}
		for _, line := range lines(u.Text(ed)) {
			k := strings.Index(flat[at:], squash(line))
			if k < 0 {
				t.Fatalf("%s: unit %d not found in order: %q", ed, i+1, line)
			}
			at += k
		}
	}
}

var footer = regexp.MustCompile(`\d+\s*/\s*\d+\s*$`)

func squash(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), "")
}

// TestWritePDFFiles writes the sample's PDFs to $TAIYAKU_PDF_OUT, to look at.
func TestWritePDFFiles(t *testing.T) {
	out := os.Getenv("TAIYAKU_PDF_OUT")
	if out == "" {
		t.Skip("set TAIYAKU_PDF_OUT to a folder to write the sample's PDFs there")
	}
	r, _ := importtext.Import(assets.SampleJA, assets.SampleEN, glossary.Default())
	for _, ed := range []release.Edition{release.JA, release.EN} {
		if _, err := Write(out, "sample", r, []release.Edition{ed}, PDF, outline.Levels(r, ed), nil); err != nil {
			t.Fatal(err)
		}
	}
}
