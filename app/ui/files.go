package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/problem"
	"taiyaku/app/release"
	"taiyaku/app/storage"
)

// lockDoc takes the lock beside the open release. When someone else holds
// it, the window warns and offers to stay read-only or to take the lock
// over (a stale lock: its holder is gone; otherwise only when the user
// insists).
func (w *Window) lockDoc() {
	w.releaseLock()
	w.readOnly = false
	path := w.doc.Path()
	if path == "" {
		return
	}
	lock, holder, err := storage.AcquireLock(path, w.user())
	switch {
	case err == nil:
		w.lock = lock
	case errors.Is(err, storage.ErrLocked) && holder != nil:
		w.readOnly = true
		w.later(func() { w.askTakeOver(path, err) })
	default:
		w.later(func() { w.backgroundFailed("ErrLockFailed", err) })
	}
}

// askTakeOver shows who holds the lock and offers read-only or take-over.
func (w *Window) askTakeOver(path string, lockErr error) {
	var d *dialog.CustomDialog
	readOnly := widget.NewButton(w.tr.T("ActionReadOnly"), func() { d.Hide() })
	take := widget.NewButton(w.tr.T("ActionTakeOver"), func() {
		d.Hide()
		lock, _, err := storage.TakeOver(path, w.user(), true)
		if err != nil {
			w.showError(err)
			return
		}
		w.lock, w.readOnly = lock, false
		w.refreshAll()
	})
	take.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(w.tr.T("DialogLockedTitle"), widget.NewLabel(w.tr.Err(lockErr)), w.win)
	d.SetButtons([]fyne.CanvasObject{readOnly, take})
	// Enter and Escape take the safe answer: read-only.
	w.pushModal(d, readOnly.OnTapped, readOnly.OnTapped)
	d.Show()
	w.refreshAll()
}

// releaseLock gives up the lock of the release shown, if ours.
func (w *Window) releaseLock() {
	if w.lock != nil {
		w.backgroundFailed("ErrLockFailed", w.lock.Release())
		w.lock = nil
	}
}

// saveConflict handles a save refused because the file changed on disk:
// compare, overwrite, or save elsewhere.
func (w *Window) saveConflict(path string, err error) {
	var d *dialog.CustomDialog
	compare := widget.NewButton(w.tr.T("ActionCompare"), func() { w.compareWithDisk(path) })
	overwrite := widget.NewButton(w.tr.T("ActionOverwrite"), func() {
		d.Hide()
		if err := w.doc.SaveOver(path); err != nil {
			w.showError(err)
			return
		}
		w.saved(path)
	})
	elsewhere := widget.NewButton(w.tr.T("ActionSaveElsewhere"), func() { d.Hide(); w.saveAs() })
	cancel := widget.NewButton(w.tr.T("ActionCancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(w.tr.T("DialogDiskTitle"), widget.NewLabel(w.tr.Err(err)), w.win)
	d.SetButtons([]fyne.CanvasObject{cancel, compare, elsewhere, overwrite})
	// Enter saves elsewhere rather than overwrite another's changes.
	w.pushModal(d, elsewhere.OnTapped, cancel.OnTapped)
	d.Show()
}

// compareWithDisk lists the units whose texts differ between the file on
// disk and the window.
func (w *Window) compareWithDisk(path string) {
	disk, err := release.Load(path)
	if err != nil {
		w.showError(err)
		return
	}
	lines := w.differences(disk, w.doc.Snapshot())
	text := w.tr.T("DialogCompareNone")
	if len(lines) > 0 {
		text = strings.Join(lines, "\n")
	}
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(label)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	w.showCustom(w.tr.T("DialogCompareTitle"), w.tr.T("ActionClose"), scroll)
}

// differences describes, unit by unit (matched by id), the texts that
// differ between two versions of a release.
func (w *Window) differences(disk, here *release.Release) []string {
	var out []string
	for i := range here.Units {
		u := &here.Units[i]
		k := disk.Index(u.ID)
		for _, ed := range []release.Edition{release.JA, release.EN} {
			old := ""
			if k >= 0 {
				old = disk.Units[k].Text(ed)
			}
			if old != u.Text(ed) {
				out = append(out, w.tr.T("CompareLine", "Unit", i+1, "Side", w.tr.T("Side_"+string(ed)), "Disk", excerpt(old), "Here", excerpt(u.Text(ed))))
			}
		}
	}
	for i := range disk.Units {
		if here.Index(disk.Units[i].ID) < 0 {
			out = append(out, w.tr.T("CompareLine", "Unit", "—", "Side", w.tr.T("Side_both"), "Disk", excerpt(disk.Units[i].JA+" / "+disk.Units[i].EN), "Here", ""))
		}
	}
	return out
}

func excerpt(s string) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return string(r)
}

// isProblem tells whether err is the problem with the given id.
func isProblem(err error, id string) bool {
	var p *problem.Error
	return errors.As(err, &p) && p.ID == id
}
