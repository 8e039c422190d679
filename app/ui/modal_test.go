package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taiyaku/app/release"
)

// menuAction finds a menu item by its English label.
func menuAction(t *testing.T, w *Window, label string) func() {
	t.Helper()
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it.Action
			}
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// TestCommentDialogKeys: the comment field has the focus, Enter adds the
// comment, and the menus do nothing while the dialog is open.
func TestCommentDialogKeys(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "写真1")
	w.focusUnit(i, release.EN)
	w.commentDialog()
	f, ok := w.win.Canvas().Focused().(*dialogEntry)
	if !ok {
		t.Fatalf("focused: %T", w.win.Canvas().Focused())
	}
	test.Type(f, "Is the caption final?")
	before := w.doc.Unit(i)
	menuAction(t, w, "Delete Unit…")() // Ctrl+Shift+Delete behind the dialog
	menuAction(t, w, "Undo")()
	if w.doc.Len() != 30 || w.doc.Unit(i).EN != before.EN {
		t.Fatal("a menu acted behind the dialog")
	}
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(w.review.comments) != 1 || w.review.comments[0].Text != "Is the caption final?" {
		t.Fatalf("comments after Enter: %+v", w.review.comments)
	}
	if w.modalOpen() {
		t.Error("the dialog stayed open after Enter")
	}
}

// TestEscapeCancels: Escape closes a form without acting, and closes an
// information dialog that has no field.
func TestEscapeCancels(t *testing.T) {
	w := newTestWindow(t, Config{})
	w.focusUnit(3, release.JA)
	w.commentDialog()
	f := w.win.Canvas().Focused().(*dialogEntry)
	test.Type(f, "never mind")
	f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.modalOpen() || len(w.review.comments) != 0 {
		t.Fatalf("after Escape: open=%v comments=%d", w.modalOpen(), len(w.review.comments))
	}
	w.shortcutsDialog()
	if !w.modalOpen() {
		t.Fatal("no dialog")
	}
	w.win.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.modalOpen() {
		t.Error("Escape left the information open")
	}
}

func TestTitleShowsThePath(t *testing.T) {
	w := newTestWindow(t, Config{})
	path := filepath.Join(t.TempDir(), "press.taiyaku")
	w.saveTo(path)
	if !strings.Contains(w.win.Title(), "press.taiyaku ("+filepath.Dir(path)+")") {
		t.Errorf("title %q", w.win.Title())
	}
	if l := w.releaseFolder(); l == nil || l.Path() != filepath.Dir(path) {
		t.Errorf("Save As starts in %v", l)
	}
}
