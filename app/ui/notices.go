package ui

import (
	"errors"

	"fyne.io/fyne/v2/dialog"
)

// backgroundFailed tells the user that work they did not ask for just now
// failed: autosave, crash recovery, the lock beside the release. Such
// errors used to be dropped, so the user learnt of them only after a
// crash. msgID names what failed; the same message is not shown twice in a
// row (autosave retries every 30 seconds).
func (w *Window) backgroundFailed(msgID string, err error) {
	if err == nil {
		return
	}
	text := w.tr.T(msgID, "Detail", w.tr.Err(err))
	if text == w.lastNotice {
		return
	}
	w.lastNotice = text
	dialog.ShowError(errors.New(text), w.win)
}
