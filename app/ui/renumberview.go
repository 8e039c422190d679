package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/outline"
	"taiyaku/app/release"
	"taiyaku/app/renumber"
)

// maxPreview is how many changes the Renumber dialog lists before "…".
const maxPreview = 8

// renumberChanges computes a renumbering on a snapshot of the release.
func (w *Window) renumberChanges(follow, japanese bool, level int) []renumber.Change {
	r := w.doc.Snapshot()
	switch {
	case follow:
		return renumber.FollowJapanese(r)
	case japanese:
		return renumber.Sequential(r, release.JA, level)
	}
	return renumber.Sequential(r, release.EN, level)
}

// renumberPreview lists the labels a renumbering would change: "Unit 12
// (English): (3) → (2)".
func (w *Window) renumberPreview(changes []renumber.Change) string {
	if len(changes) == 0 {
		return w.tr.T("RenumberPreviewNone")
	}
	var lines []string
	for k, c := range changes {
		if k == maxPreview {
			lines = append(lines, w.tr.N("RenumberPreviewMore", len(changes)-maxPreview))
			break
		}
		u := w.doc.Unit(c.Unit)
		old := outlineLabel(u.Text(c.Edition))
		lines = append(lines, w.tr.T("RenumberPreviewLine",
			"Where", w.tr.T("UnitSide", "Unit", c.Unit+1, "Side", w.tr.T("Side_"+string(c.Edition))),
			"Old", old, "New", outlineLabel(c.Text)))
	}
	return strings.Join(lines, "\n")
}

// renumberStart is where the Renumber dialog starts: the edition the
// user is in and the level of the current unit's label there (the unit
// of the finding just shown), else the first level.
func (w *Window) renumberStart() (release.Edition, int) {
	ed := w.currentEd
	if !w.hasCurrent() {
		return ed, 1
	}
	levels := outline.Levels(w.doc.Snapshot(), ed)
	if w.current < len(levels) && levels[w.current] > 0 {
		return ed, levels[w.current]
	}
	return ed, 1
}

// newPreviewLabel is the preview's label, wrapped in its dialog.
func newPreviewLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}
