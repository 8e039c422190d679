package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/recovery"
	"taiyaku/app/release"
	disk "taiyaku/app/storage"
)

// newRelease starts an empty release with a title and a date line.
func (w *Window) newRelease() {
	w.confirmDiscard(func() {
		r := &release.Release{}
		r.Append(release.Title, "", "")
		r.Append(release.Date, "", "")
		w.sample = false
		w.recoveryKey = recovery.Untitled()
		w.setDoc(w.docFor(r, ""), false)
	})
}

func (w *Window) openDialog() {
	w.confirmDiscard(func() {
		d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil || rc == nil {
				return
			}
			path := rc.URI().Path()
			_ = rc.Close()
			w.openPath(path)
		}, w.win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{release.Extension}))
		d.Show()
	})
}

// openPath opens a release file in this window.
func (w *Window) openPath(path string) {
	d, err := openDoc(path)
	if err != nil {
		w.showError(err)
		return
	}
	w.backgroundFailed("ErrRecoveryFailed", w.cfg.Recovery.Discard(w.autosaveKey()))
	w.setDoc(d, true)
}

// save writes the release to its file, or asks for one.
func (w *Window) save() {
	if w.doc.Path() == "" {
		w.saveAs()
		return
	}
	w.saveTo(w.doc.Path())
}

func (w *Window) saveTo(path string) {
	if w.readOnly && path == w.doc.Path() {
		w.saveAs()
		return
	}
	err := w.doc.Save(path)
	switch {
	case isProblem(err, "ErrChangedOnDisk"):
		w.saveConflict(path, err)
		return
	case err != nil:
		w.showError(err)
		return
	}
	w.saved(path)
}

// saved updates the window after the release was written to path.
func (w *Window) saved(path string) {
	w.backgroundFailed("ErrRecoveryFailed", errors.Join(w.cfg.Recovery.Discard(w.recoveryKey), w.cfg.Recovery.Discard(path)))
	if w.lock == nil || w.lock.Path() != disk.LockPath(path) {
		w.lockDoc()
		w.runPending() // a lock held by someone else, or a lock that failed
	} else {
		w.backgroundFailed("ErrLockFailed", w.lock.Touch())
	}
	w.sample = false
	addRecent(w.app.Preferences(), path)
	w.win.SetMainMenu(w.mainMenu())
	w.updateTitle()
}

// saveAs asks for a file. Fyne's save dialog opens (and so empties) the
// chosen file; the release is then written whole, atomically, over it.
func (w *Window) saveAs() {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		_ = wc.Close()
		if !strings.EqualFold(filepath.Ext(path), release.Extension) {
			path += release.Extension
		}
		w.saveTo(path)
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{release.Extension}))
	d.SetFileName(w.suggestedName())
	if dir := w.releaseFolder(); dir != nil {
		d.SetLocation(dir)
	}
	d.Show()
}

func (w *Window) suggestedName() string {
	if p := w.doc.Path(); p != "" {
		return filepath.Base(p)
	}
	return "release" + release.Extension
}

func (w *Window) undo() {
	if w.doc.Undo() {
		w.afterEdit()
	}
}

func (w *Window) redo() {
	if w.doc.Redo() {
		w.afterEdit()
	}
}

// afterEdit shows the document after an edit made outside the entries.
func (w *Window) afterEdit() {
	w.editor.sizeAll()
	w.recheckNow()
}

// afterReshape rebuilds the rows after units were inserted or deleted.
func (w *Window) afterReshape(focus int) {
	w.rebuild()
	w.recheckNow()
	w.focusUnit(min(focus, w.doc.Len()-1), w.currentEd)
}

// hasCurrent tells whether the current unit exists: a release can be
// emptied by deleting every unit.
func (w *Window) hasCurrent() bool { return w.current >= 0 && w.current < w.doc.Len() }

func (w *Window) insertUnit() {
	i := w.doc.Insert(w.current+1, release.Paragraph)
	w.afterReshape(i)
}

// splitUnit cuts the current unit at the cursor of each edition's entry;
// an edition whose entry is not on screen keeps its whole text.
func (w *Window) splitUnit() {
	if !w.hasCurrent() {
		return
	}
	cut := map[release.Edition]int{}
	u := w.doc.Unit(w.current)
	for _, ed := range []release.Edition{release.JA, release.EN} {
		cut[ed] = len(u.Text(ed))
		if r := w.editor.rowFor(w.current); r != nil {
			cut[ed] = r.cursorByte(ed)
		}
	}
	w.doc.Split(w.current, cut[release.JA], cut[release.EN])
	w.afterReshape(w.current + 1)
}

// byteOffset converts an entry's cursor (row, column in runes) to a byte
// offset of its text.
func byteOffset(text string, row, col int) int {
	off := 0
	for k, line := range strings.Split(text, "\n") {
		if k == row {
			r := []rune(line)
			return off + len(string(r[:min(col, len(r))]))
		}
		off += len(line) + 1
	}
	return len(text)
}

func (w *Window) mergeUnit() {
	if !w.hasCurrent() {
		return
	}
	w.doc.MergeNext(w.current)
	w.afterReshape(w.current)
}

func (w *Window) deleteUnit() {
	if !w.hasCurrent() {
		return
	}
	u := w.doc.Unit(w.current)
	msg := w.tr.T("DialogDeleteMessage", "Unit", w.current+1, "Text", firstLine(u.JA+" "+u.EN))
	w.showConfirm(w.tr.T("DialogDeleteTitle"), msg, func(ok bool) {
		if ok {
			w.doc.Delete(w.current)
			w.afterReshape(w.current)
		}
	})
}

func (w *Window) moveUnit(delta int) {
	if !w.hasCurrent() {
		return
	}
	w.afterReshape(w.doc.Move(w.current, delta))
}

// stepFinding moves to the next (dir 1) or previous (dir -1) open finding
// after the current unit, wrapping round.
func (w *Window) stepFinding(dir int) {
	if len(w.open) == 0 {
		return
	}
	pick := -1
	for k, f := range w.open {
		if dir > 0 && f.Unit > w.current {
			pick = k
			break
		}
		if dir < 0 && f.Unit < w.current {
			pick = k
		}
	}
	if pick < 0 {
		pick = 0
		if dir < 0 {
			pick = len(w.open) - 1
		}
	}
	w.showFinding(w.open[pick])
}

// confirmDiscard runs then at once when there is nothing unsaved, and
// otherwise asks whether to save, discard or cancel.
func (w *Window) confirmDiscard(then func()) {
	if !w.doc.Dirty() {
		then()
		return
	}
	var d *dialog.CustomDialog
	save := widget.NewButton(w.tr.T("ActionSave"), func() {
		d.Hide()
		w.save()
		if !w.doc.Dirty() {
			then()
		}
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton(w.tr.T("ActionDiscard"), func() { d.Hide(); then() })
	cancel := widget.NewButton(w.tr.T("ActionCancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(w.tr.T("DialogUnsavedTitle"), widget.NewLabel(w.tr.T("DialogUnsavedMessage")), w.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	w.pushModal(d, save.OnTapped, cancel.OnTapped)
	d.Show()
}

// showError shows an error in the UI language.
func (w *Window) showError(err error) {
	dialog.ShowError(errors.New(w.tr.Err(err)), w.win)
}
