package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"taiyaku/app/release"
)

// TestJapaneseEntryGetsItsTextOnFocus: a row's Japanese entry is empty
// while kinsokuView shows the text, holds the text once focused, keeps
// typing in the right unit, and empties again when the row shows another
// unit without the focus.
func TestJapaneseEntryGetsItsTextOnFocus(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.JA, "令和7年1月22日（水曜日）")
	w.focusUnit(i, release.EN)
	r := w.editor.rowFor(i)
	if r.ja.Text != "" || r.jaView.text != w.doc.Unit(i).JA {
		t.Fatalf("unfocused entry holds %q, view %q", r.ja.Text, r.jaView.text)
	}
	w.focusUnit(i, release.JA)
	if r.ja.Text != w.doc.Unit(i).JA {
		t.Fatalf("focused entry holds %q", r.ja.Text)
	}
	before := w.doc.Unit(i).JA
	test.Type(r.ja, "新")
	if got := w.doc.Unit(i).JA; got != "新"+before {
		t.Fatalf("typed into the Japanese entry: %q", got)
	}
	w.focusUnit(i, release.EN)
	if w.doc.Unit(i).JA != "新"+before {
		t.Fatal("leaving the entry changed the text")
	}
	other := (i + 1) % w.doc.Len()
	w.editor.fill(r, other)
	if r.ja.Text != "" || w.doc.Unit(other).JA != r.jaText {
		t.Fatalf("a row refilled without the focus holds %q", r.ja.Text)
	}
	if w.doc.Unit(i).JA != "新"+before {
		t.Fatal("emptying the entry changed the unit")
	}
}

// TestSplitAtTheJapaneseCursor: Split cuts the Japanese text where the
// cursor of the focused (and so loaded) entry stands.
func TestSplitAtTheJapaneseCursor(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.JA, "令和7年1月22日（水曜日）")
	ja := w.doc.Unit(i).JA
	e := entryOf(t, w, i, release.JA)
	selectRange(e, len("令和7年"), len("令和7年"))
	w.splitUnit()
	if got := w.doc.Unit(i).JA + w.doc.Unit(i+1).JA; got != ja || w.doc.Unit(i).JA != "令和7年" {
		t.Fatalf("split gave %q | %q", w.doc.Unit(i).JA, w.doc.Unit(i+1).JA)
	}
}
