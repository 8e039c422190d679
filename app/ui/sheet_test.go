package ui

import (
	"os"
	"path/filepath"
	"testing"
)

// File ▸ Review Sheet writes the sheet beside the saved release; the
// Export dialog's bilingual formats write one XLIFF or TMX file.
func TestReviewSheetAndBilingualExport(t *testing.T) {
	w := newTestWindow(t, Config{})
	dir := t.TempDir()
	if err := w.doc.Save(filepath.Join(dir, "r.taiyaku")); err != nil {
		t.Fatal(err)
	}
	w.reviewSheet()
	if fi, err := os.Stat(filepath.Join(dir, "r.sheet.pdf")); err != nil || fi.Size() == 0 {
		t.Fatalf("no review sheet: %v", err)
	}
	out := t.TempDir()
	for format, name := range map[string]string{"xliff 2.1": "r.xlf", "tmx": "r.tmx"} {
		w.runBilingual(out, format)
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
}
