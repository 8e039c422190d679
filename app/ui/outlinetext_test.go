package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestOutlineLinesFit: each outline line, cut on the sizer's advances,
// fits its row as Fyne measures it, and keeps as much as Fyne's own
// ellipsis (within one character).
func TestOutlineLinesFit(t *testing.T) {
	w := newTestWindow(t, Config{})
	s := w.editor.sizer
	for _, width := range []float32{120, 228, 400} {
		for _, it := range w.outline.items {
			text := strings.Repeat("  ", max(it.level-1, 0)) + it.ja + "  |  " + it.en
			line := ellipsize(text, width, s.adv)
			if got := fyne.MeasureText(line, theme.TextSize(), fyne.TextStyle{}).Width; got > width {
				t.Errorf("%q is %v wide, more than %v", line, got, width)
			}
			if line != text && !strings.HasSuffix(line, "…") {
				t.Errorf("%q cut without an ellipsis", line)
			}
		}
	}
}

func TestEllipsize(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float32
		want  string
	}{
		{"abc", 30, "abc"},
		{"abcdef", 30, "ab…"}, // … is 10 wide in mono
		{"abcdef", 5, "…"},
		{"", 0, ""},
	} {
		if got := ellipsize(c.text, c.width, mono); got != c.want {
			t.Errorf("ellipsize(%q, %v) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}
