package ui

import (
	"os"
	"path/filepath"
	"testing"
)

func TestHasJapaneseFont(t *testing.T) {
	dir := t.TempDir()
	if hasJapaneseFont([]string{dir, filepath.Join(dir, "missing")}) {
		t.Fatal("found a Japanese font in an empty folder")
	}
	sub := filepath.Join(dir, "opentype", "noto")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "NotoSansCJK-Regular.ttc"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if !hasJapaneseFont([]string{dir}) {
		t.Fatal("missed NotoSansCJK in a subfolder")
	}
}

// TestMissingFontNoticeOnce: without a Japanese font the window says so
// once, in English, and never again.
func TestMissingFontNoticeOnce(t *testing.T) {
	w := newTestWindow(t, Config{FontDirs: []string{t.TempDir()}})
	w.noteMissingFont()
	if n := len(w.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d dialogs after the first check, want 1", n)
	}
	w.noteMissingFont()
	if n := len(w.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d dialogs after the second check, want still 1", n)
	}
	if !w.app.Preferences().Bool(PrefFontNoted) {
		t.Fatal("the notice was not remembered")
	}
}
