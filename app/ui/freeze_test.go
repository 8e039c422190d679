package ui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"taiyaku/app/release"
)

// noFreeze fails the test when f does not return within a few seconds:
// a call back into the document while its lock is held never returns.
func noFreeze(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatalf("%s froze the window", what)
	}
}

// TestUndoAfterAHeightChange types until a short unit needs more lines,
// then undoes and redoes: resizing the rows must not hold the lock.
func TestUndoAfterAHeightChange(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "G7 and OECD")
	e := entryOf(t, w, i, release.EN)
	long := " More words that make this paragraph wrap onto more lines than before, and then some more words again."
	test.Type(e, long+long+long)
	noFreeze(t, "Undo", func() { w.undo() })
	noFreeze(t, "Redo", func() { w.redo() })
}

// TestClickingACommentDoesNotFreeze selects a comment: the window goes to
// its unit, which must not be done under the document's lock.
func TestClickingACommentDoesNotFreeze(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "写真1")
	w.addComment(i, release.EN, "Is the caption final?")
	if len(w.review.comments) != 1 {
		t.Fatalf("comments: %d", len(w.review.comments))
	}
	noFreeze(t, "Clicking a comment", func() { w.review.cList.Select(0) })
	if w.current != i {
		t.Errorf("current unit %d, want %d", w.current, i)
	}
}
