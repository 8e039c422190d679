package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

func TestOffendingText(t *testing.T) {
	u := release.Unit{JA: "（２）令和7年1月22日に42件", EN: "(3) On January 22, 2025, 24 cases"}
	for _, c := range []struct {
		name string
		f    check.Finding
		ed   release.Edition
		text string
	}{
		{"number on the English", check.Finding{Side: check.EN, Data: map[string]any{"JA": "42", "EN": "24"}}, release.EN, "24"},
		{"number only in the Japanese", check.Finding{Side: check.Both, Data: map[string]any{"JA": "42", "EN": ""}}, release.JA, "42"},
		{"label", check.Finding{Side: check.EN, Data: map[string]any{"Label": "(3)"}}, release.EN, "(3)"},
		{"date list", check.Finding{Side: check.JA, Data: map[string]any{"EN": "2025-01-23, January 22, 2025"}}, release.EN, "January 22, 2025"},
		{"nothing to select", check.Finding{Side: check.JA, Data: map[string]any{}}, release.JA, ""},
	} {
		ed, text := offendingText(c.f, u)
		if ed != c.ed || text != c.text {
			t.Errorf("%s: %s %q, want %s %q", c.name, ed, text, c.ed, c.text)
		}
	}
}

// TestFindingSelectsItsTextInTheMiddle types a wrong number far down the
// sample, goes back to the top, and clicks the finding: the unit comes to
// the middle of the view with the number selected.
func TestFindingSelectsItsTextInTheMiddle(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "G7 and OECD")
	e := entryOf(t, w, i, release.EN)
	e.CursorRow, e.CursorColumn = 0, 0
	test.Type(e, "42 ")
	w.focusUnit(0, release.JA)
	for id, row := range w.panel.rows {
		if row.finding != nil && row.finding.Check == check.NumberMismatch && row.finding.Unit == i {
			w.panel.list.Select(id)
		}
	}
	r := w.editor.rowFor(i)
	if r == nil {
		t.Fatal("the unit is not on screen")
	}
	if got := r.en.SelectedText(); got != "42" {
		t.Errorf("selected %q, want 42", got)
	}
	if w.win.Canvas().Focused() != r.en {
		t.Error("the English entry has not the focus")
	}
	mid := w.editor.list.Size().Height / 2
	top := fyne.CurrentApp().Driver().AbsolutePositionForObject(r).Y - fyne.CurrentApp().Driver().AbsolutePositionForObject(w.editor.list).Y
	if top > mid || top+r.Size().Height < mid {
		t.Errorf("row from %v to %v, the middle of the view is %v", top, top+r.Size().Height, mid)
	}
}
