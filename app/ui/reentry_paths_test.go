package ui

import (
	"strings"
	"testing"

	"taiyaku/app/release"
)

// The freezes of issue 7 came from Doc methods called while the Doc's lock
// was held (a list refresh inside Doc.Read). The tests of this package run
// with the Doc's re-entry check on (TestMain), so each of these paths
// would panic here instead of hanging the window.

// TestUndoAfterARowGrew: typing until a short unit wraps changes its row's
// height; undo and redo then resize every row.
func TestUndoAfterARowGrew(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "G7 and OECD")
	e := entryOf(t, w, i, release.EN)
	e.SetText(e.Text + strings.Repeat(" and a longer sentence that wraps", 12))
	if !w.doc.Undo() {
		t.Fatal("nothing to undo")
	}
	w.afterEdit()
	if !w.doc.Redo() {
		t.Fatal("nothing to redo")
	}
	w.afterEdit()
	w.current = i
	w.mergeUnit()
	w.undo()
	if got := w.doc.Unit(i).EN; !strings.Contains(got, "wraps") {
		t.Fatalf("redo lost the typing: %q", got)
	}
}

// TestClickingACommentFocusesItsUnit: selecting a comment goes to its unit.
func TestClickingACommentFocusesItsUnit(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "G7 and OECD")
	w.addComment(i, release.EN, "Is this right?")
	w.current = 0
	w.review.cList.Select(0)
	if w.current != i {
		t.Fatalf("current unit %d, want %d", w.current, i)
	}
}
