package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"golang.org/x/text/language"
)

// TestMainWindowGolden keeps the main window's rendering in both languages
// (testdata/main_en.xml, main_ja.xml). Text is measured with the Japanese
// system font that CI installs (fonts-noto-cjk).
func TestMainWindowGolden(t *testing.T) {
	w := newTestWindow(t, Config{FontDirs: []string{}})
	test.AssertRendersToMarkup(t, "main_en.xml", w.Window().Canvas())
	w.SetLanguage(language.Japanese)
	test.AssertRendersToMarkup(t, "main_ja.xml", w.Window().Canvas())
}
