package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// modal is an open dialog's answers to Enter (ok) and Escape (cancel).
type modal struct {
	ok, cancel func()
}

// pushModal makes Enter and Escape answer dialog d until it closes. Fyne
// dialogs know no keys: a key typed with no field focused reaches the
// canvas (modalKey), one typed in a field reaches the field (dialogEntry).
func (w *Window) pushModal(d dialog.Dialog, ok, cancel func()) {
	m := &modal{ok: ok, cancel: cancel}
	w.modals = append(w.modals, m)
	d.SetOnClosed(func() {
		for k := range w.modals {
			if w.modals[k] == m {
				w.modals = append(w.modals[:k], w.modals[k+1:]...)
				break
			}
		}
	})
	w.win.Canvas().SetOnTypedKey(w.modalKey)
}

// modalKey answers Enter and Escape typed in the top dialog.
func (w *Window) modalKey(k *fyne.KeyEvent) {
	if len(w.modals) == 0 {
		return
	}
	m := w.modals[len(w.modals)-1]
	switch k.Name {
	case fyne.KeyEscape:
		m.cancel()
	case fyne.KeyReturn, fyne.KeyEnter:
		m.ok()
	}
}

// modalOpen tells whether a dialog covers the window: the menus'
// shortcuts must not act on the release behind it.
func (w *Window) modalOpen() bool {
	return w.win.Canvas().Overlays().Top() != nil
}

// dialogEntry is a dialog's text field: Enter confirms the dialog and
// Escape cancels it; in a multi-line field Shift+Enter starts a new line.
type dialogEntry struct {
	widget.Entry
	w *Window
}

func (w *Window) newField(multiLine bool) *dialogEntry {
	e := &dialogEntry{w: w}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

func (e *dialogEntry) TypedKey(k *fyne.KeyEvent) {
	shift := currentModifiers()&fyne.KeyModifierShift != 0
	switch {
	case k.Name == fyne.KeyEscape:
		e.w.modalKey(k)
	case (k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter) && !(e.MultiLine && shift):
		e.w.modalKey(k)
	default:
		e.Entry.TypedKey(k)
	}
}

// showInfo shows a message that Enter or Escape closes.
func (w *Window) showInfo(title, message string) {
	d := dialog.NewInformation(title, message, w.win)
	w.pushModal(d, d.Hide, d.Hide)
	d.Show()
}

// showCustom shows content with a close button that Enter or Escape press.
func (w *Window) showCustom(title, dismiss string, content fyne.CanvasObject) dialog.Dialog {
	d := dialog.NewCustom(title, dismiss, content, w.win)
	w.pushModal(d, d.Hide, d.Hide)
	d.Show()
	return d
}

// showConfirm asks a yes/no question: Enter says yes, Escape no.
func (w *Window) showConfirm(title, message string, then func(bool)) {
	d := dialog.NewConfirm(title, message, then, w.win)
	w.pushModal(d, d.Confirm, d.Dismiss)
	d.Show()
}

// showCustomConfirm is showConfirm with content and button names.
func (w *Window) showCustomConfirm(title, ok, cancel string, content fyne.CanvasObject, then func(bool)) *dialog.ConfirmDialog {
	d := dialog.NewCustomConfirm(title, ok, cancel, content, then, w.win)
	w.pushModal(d, d.Confirm, d.Dismiss)
	return d
}

// focusFirst gives the focus to the first field of a dialog's form.
func (w *Window) focusFirst(items []*widget.FormItem) {
	for _, it := range items {
		if f, ok := it.Widget.(fyne.Focusable); ok {
			w.win.Canvas().Focus(f)
			return
		}
	}
}

// releaseFolder is the folder of the open release (of the most recent
// one for an untitled release), where Save As starts; nil if none.
func (w *Window) releaseFolder() fyne.ListableURI {
	p := w.doc.Path()
	if p == "" {
		if recent := recentFiles(w.app.Preferences()); len(recent) > 0 {
			p = recent[0]
		}
	}
	if p == "" {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(p)))
	if err != nil {
		return nil
	}
	return l
}

// titlePath is how the title names a release: its file name, then its
// folder, with the home folder written ~.
func titlePath(p string) string {
	dir := filepath.Dir(p)
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		if rel, err := filepath.Rel(home, dir); err == nil && !strings.HasPrefix(rel, "..") {
			dir = filepath.Join("~", rel)
		}
	}
	return filepath.Base(p) + " (" + dir + ")"
}
