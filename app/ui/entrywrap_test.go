package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// pasted is what '\v' pastes in the keys of typeInto: it ends in a space,
// which may fall on a wrap point.
const pasted = "security of undersea cables "

// typeInto shows a unit entry of the given width holding base, moves the
// cursor to rune offset pos with the arrow keys and types keys: runes,
// with '\b' standing for Backspace and '\v' for Ctrl+V of pasted. It
// returns the entry's text.
func typeInto(t *testing.T, width float32, base string, pos int, keys string) string {
	t.Helper()
	e := newUnitEntry()
	e.SetText(base)
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(width, 400))
	w.Canvas().Focus(e)
	for range []rune(base) {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	for range pos {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	for _, r := range keys {
		switch r {
		case '\b':
			e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		case '\v':
			clip := test.NewClipboard()
			clip.SetContent(pasted)
			e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
		default:
			e.TypedRune(r)
		}
	}
	return e.Text
}

// apply is what keys should do to base at pos.
func apply(base string, pos int, keys string) string {
	rs := []rune(base)
	out := append([]rune{}, rs[:pos]...)
	for _, r := range keys {
		switch r {
		case '\b':
			out = out[:len(out)-1]
		case '\v':
			out = append(out, []rune(pasted)...)
		default:
			out = append(out, r)
		}
	}
	return string(append(out, rs[pos:]...))
}

// TestTypingAcrossWrapPoints types sentences whose spaces fall on wrap
// points, at the end and in the middle of a wrapped paragraph, at many
// widths: the text must be exactly what was typed (see entrywrap.go).
func TestTypingAcrossWrapPoints(t *testing.T) {
	test.NewTempApp(t)
	raw, err := os.ReadFile("testdata/wrap-paragraph.txt")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(raw)), "\n")
	base, twoLines := paras[0], paras[0]+"\n"+paras[1]
	n := len([]rune(base))
	cases := []struct {
		name string
		base string
		pos  int
		keys string
	}{
		{"end", base, n, " technology, supply chains and the security of undersea cables"},
		{"end backspace", base, n, " and more \b\b\b\bthe rest"},
		{"end paste", base, n, " supply chains and the \vmatter"},
		{"end of a line", twoLines, n, " technology, supply chains and the security of undersea cables"},
		{"middle", base, 66, " technology, supply chains and the security of undersea cables"},
		{"after a word", base, 45, "supply chains and the security of undersea cables "},
	}
	widths := []float32{160, 200, 251, 300, 327, 354, 400, 452, 498, 516, 600, 687}
	for _, c := range cases {
		for _, wd := range widths {
			t.Run(fmt.Sprintf("%s/%v", c.name, wd), func(t *testing.T) {
				if got, want := typeInto(t, wd, c.base, c.pos, c.keys), apply(c.base, c.pos, c.keys); got != want {
					t.Errorf("\n got %q\nwant %q", got, want)
				}
			})
		}
	}
}
