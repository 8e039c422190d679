package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/release"
)

// mono gives every character the same advance of 10.
func mono(rune) float32 { return 10 }

func TestWrapRows(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float32
		word  bool
		want  int
	}{
		{"", 100, true, 1},
		{"abc", 100, true, 1},
		{"abc\n\ndef", 100, true, 3},
		{"aaaa bbbb cccc", 100, true, 2}, // "aaaa bbbb " fits 10: breaks at the space
		{"aaaa bbbb cccc", 90, true, 2},  // "aaaa bbbb" 9 fits: the space after it is skipped
		{"aaaabbbbcccc", 50, true, 3},    // no space: by character
		{"aaaa bbbb cccc", 40, true, 3},  // each word a row: the spaces fall at the breaks
		{"あいうえおかきくけこ", 50, false, 2},     // by character
		{"あいうえおかきくけこさ", 50, false, 3},
		{"a", 5, false, 1}, // a character wider than the row still takes one row
	} {
		if got := wrapRows(c.text, c.width, c.word, mono, nil); got != c.want {
			t.Errorf("wrapRows(%q, %v, %v) = %d, want %d", c.text, c.width, c.word, got, c.want)
		}
	}
}

func FuzzWrapRows(f *testing.F) {
	f.Add("aaaa bbbb cccc", float32(40), true)
	f.Add("令和7年1月22日（水曜日）、経済産業省", float32(55), false)
	f.Fuzz(func(t *testing.T, s string, w float32, word bool) {
		n := wrapRows(s, w, word, mono, nil)
		if n < strings.Count(s, "\n")+1 {
			t.Fatalf("%d rows for %d lines", n, strings.Count(s, "\n")+1)
		}
	})
}

// fyneRows is the height Fyne's own RichText gives text at width w: the
// reference that rowSizer must never fall short of.
func fyneHeight(text string, wrap fyne.TextWrap, w float32) float32 {
	p := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline, Text: text})
	p.Wrapping = wrap
	p.Resize(fyne.NewSize(w, 100))
	return p.MinSize().Height
}

// TestRowHeightsFitFyneWrapping compares the measured entry heights with
// Fyne's wrapping of the same texts (the samples and the real pairs) at
// widths from a narrow window to a wide one: never shorter (the entry
// would scroll and hide text), at most one row taller.
func TestRowHeightsFitFyneWrapping(t *testing.T) {
	test.NewTempApp(t)
	w := newTestWindow(t, Config{})
	s := w.editor.sizer
	texts := map[release.Edition][]string{}
	r := w.doc.Snapshot()
	for _, u := range r.Units {
		texts[release.JA] = append(texts[release.JA], u.JA)
		texts[release.EN] = append(texts[release.EN], u.EN)
	}
	dirs, _ := filepath.Glob("../../../shared/real-pairs/*")
	for _, d := range dirs {
		for ed, name := range map[release.Edition]string{release.JA: "ja.txt", release.EN: "en.txt"} {
			b, err := os.ReadFile(filepath.Join(d, name))
			if err != nil {
				continue
			}
			for _, p := range strings.Split(string(b), "\n\n") {
				texts[ed] = append(texts[ed], strings.TrimSpace(p))
			}
		}
	}
	wraps := map[release.Edition]fyne.TextWrap{release.JA: w.editor.newRow().ja.Wrapping, release.EN: fyne.TextWrapWord}
	checked := 0
	for ed, list := range texts {
		for k, text := range list {
			if text == "" || k%5 != 0 { // a fifth of them: Fyne's wrapping is slow
				continue
			}
			for _, width := range []float32{180, 260, 420} {
				want := fyneHeight(text, wraps[ed], width)
				got := s.entryHeight(text, ed, width) - 1
				if got < want-0.01 || got > want+s.cjkH+0.01 {
					t.Errorf("%s at %v: height %v, Fyne's %v: %q", ed, width, got, want, text)
				}
				checked++
			}
		}
	}
	t.Logf("%d texts and widths compared", checked)
}
