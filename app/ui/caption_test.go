package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/release"
)

// headerNames are the column headers' texts, left to right.
func headerNames(w *Window) []string {
	grid := w.editor.root.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
	var out []string
	for _, o := range grid.Objects {
		out = append(out, o.(*widget.Label).Text)
	}
	return out
}

// TestColumnsFollowTheSwap: headers, entries and status badges change
// sides together.
func TestColumnsFollowTheSwap(t *testing.T) {
	w := newTestWindow(t, Config{})
	if got := headerNames(w); got[0] != "Japanese" || got[1] != "English" {
		t.Fatalf("headers %v", got)
	}
	w.toggleSwap()
	if got := headerNames(w); got[0] != "English" || got[1] != "Japanese" {
		t.Fatalf("headers after the swap %v", got)
	}
	w.focusUnit(3, release.EN)
	r := w.editor.rowFor(3)
	if r.columns.Objects[0] != fyne.CanvasObject(r.en) {
		t.Error("the English entry is not on the left")
	}
	left := r.header.root.Objects[0].(*fyne.Container).Objects[1].(*canvas.Text)
	if left != r.header.badges[release.EN] {
		t.Error("the English badge is not over the left column")
	}
}
