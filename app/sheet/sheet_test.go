package sheet

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/importtext"
	"taiyaku/app/internal/oracle"
	"taiyaku/app/release"
	"taiyaku/i18n"
)

// flawed is the flawed sample with its Japanese edition approved, one
// finding ignored and one comment open.
func flawed(t *testing.T) (*release.Release, []check.Finding, []check.Finding) {
	t.Helper()
	dir := filepath.Join("..", "check", "testdata", "samples", "jp-uk-digital-2025-flawed")
	ja, err := os.ReadFile(filepath.Join(dir, "ja.txt"))
	if err != nil {
		t.Fatal(err)
	}
	en, _ := os.ReadFile(filepath.Join(dir, "en.txt"))
	r, _ := importtext.Import(string(ja), string(en), glossary.Default())
	now := time.Date(2025, 1, 22, 9, 0, 0, 0, time.UTC)
	if err := approval.Approve(r, release.JA, "佐藤 花子", "広報室長", now); err != nil {
		t.Fatal(err)
	}
	all := check.Run(r, check.Options{Glossary: glossary.Default()})
	var untranslated check.Finding
	for _, f := range all {
		if f.Check == check.Untranslated {
			untranslated = f
		}
	}
	r.Ignored = append(r.Ignored, check.IgnoreRecord(r, untranslated, "photo caption kept as in the original", "Tanaka", "2025-01-22T09:00:00Z"))
	if _, err := approval.AddComment(r, r.Units[3].ID, release.EN, "Tanaka", "Please check the minister's title.", now); err != nil {
		t.Fatal(err)
	}
	open, ignored := check.Partition(check.Run(r, check.Options{Glossary: glossary.Default()}), r)
	return r, open, ignored
}

// The sheet of the flawed sample, as PDF: its text shows the approvals,
// the digest, the findings, the ignored one with its reason, the comment,
// and a page count on every page.
func TestSheetPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		oracle.Missing(t, "pdftotext not installed (Debian poppler-utils)")
	}
	r, open, ignored := flawed(t)
	tr := i18n.New(language.English).T
	s := Build(r, open, ignored, tr)
	data, err := PDF(s)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sheet.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	a := approval.Find(r, release.JA)
	for _, want := range []string{"Review sheet", "佐藤 花子", a.Digest[:16], "Error:", "Ignored (photo caption kept as in the original)",
		"Please check the minister's title.", "Cyber", "page 1 of"} {
		if !strings.Contains(text, want) {
			t.Errorf("the sheet lacks %q", want)
		}
	}
	pages := strings.Count(string(out), "\f")
	if got := strings.Count(text, "page "); got < pages {
		t.Errorf("%d pages, %d page numbers", pages, got)
	}
	if os.Getenv("TAIYAKU_SHEET_OUT") != "" {
		_ = os.WriteFile(os.Getenv("TAIYAKU_SHEET_OUT"), data, 0o644)
	}
}

// The HTML sheet holds the same and nothing from outside.
func TestSheetHTML(t *testing.T) {
	r, open, ignored := flawed(t)
	page := string(HTML(Build(r, open, ignored, i18n.New(language.Japanese).T), "ja"))
	for _, want := range []string{"確認シート", "佐藤 花子", "無視（理由：photo caption kept as in the original）", "Please check the minister&#39;s title."} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML sheet lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "http://", "https://", "src="} {
		if strings.Contains(page, bad) {
			t.Errorf("the HTML sheet holds %q", bad)
		}
	}
}
