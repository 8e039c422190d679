package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"golang.org/x/text/language"

	"taiyaku/app/recovery"
	"taiyaku/i18n"
)

// autosaveKey names the recovery file of the document shown: its path, or
// the window's untitled key.
func (w *Window) autosaveKey() string {
	if p := w.doc.Path(); p != "" {
		return p
	}
	return w.recoveryKey
}

// Start begins autosaving and, after a crash, offers to restore unsaved
// work; the app calls it once the window is shown.
func (w *Window) Start() {
	w.startAutosave()
	w.offerRecovery()
	w.noteMissingFont()
}

// startAutosave (re)starts the timer that writes a recovery file while
// there are unsaved changes.
func (w *Window) startAutosave() {
	w.stopAutosaving()
	secs := w.app.Preferences().IntWithFallback(PrefAutosave, defaultAutosave)
	stop := make(chan struct{})
	w.stopAutosave = stop
	go func() {
		t := time.NewTicker(time.Duration(max(secs, 5)) * time.Second)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				fyne.Do(w.AutosaveNow)
			}
		}
	}()
}

func (w *Window) stopAutosaving() {
	if w.stopAutosave != nil {
		close(w.stopAutosave)
		w.stopAutosave = nil
	}
}

// AutosaveNow writes the recovery file if there are unsaved changes. The
// copy is taken here; the writing happens off the UI goroutine.
func (w *Window) AutosaveNow() {
	if !w.doc.Dirty() {
		return
	}
	snap, key, store := w.doc.Snapshot(), w.autosaveKey(), w.cfg.Recovery
	w.cfg.Runner.Go(func() {
		err := store.Save(key, snap)
		fyne.Do(func() {
			if err == nil {
				w.lastNotice = "" // a later failure is news again
			}
			w.backgroundFailed("ErrAutosaveFailed", err)
		})
	})
}

// offerRecovery asks, for each release a crashed session left unsaved,
// whether to restore it.
func (w *Window) offerRecovery() {
	pending, err := w.cfg.Recovery.Pending()
	if err != nil || len(pending) == 0 {
		w.backgroundFailed("ErrRecoveryFailed", err)
		return
	}
	e := pending[0]
	msg := w.tr.T("DialogRecoverMessage", "Title", e.Title, "Time", e.Saved.Local().Format("2006-01-02 15:04"))
	w.showConfirm(w.tr.T("DialogRecoverTitle"), msg, func(ok bool) {
		if ok {
			w.Restore(e)
		} else {
			w.backgroundFailed("ErrRecoveryFailed", w.cfg.Recovery.Remove(e))
		}
	})
}

// Restore opens the work kept in a recovery entry, marked unsaved.
func (w *Window) Restore(e recovery.Entry) {
	r, err := w.cfg.Recovery.Restore(e)
	if err != nil {
		w.showError(err)
		return
	}
	d := w.docFor(r, e.Original)
	d.MarkUnsaved()
	w.setDoc(d, false)
	w.backgroundFailed("ErrRecoveryFailed", w.cfg.Recovery.Remove(e))
}

// noteMissingFont tells once, in English (the only script sure to show),
// how to install a Japanese font when none is found.
func (w *Window) noteMissingFont() {
	p := w.app.Preferences()
	if p.Bool(PrefFontNoted) {
		return
	}
	dirs := w.cfg.FontDirs
	if dirs == nil {
		dirs = fontDirs()
	}
	if hasJapaneseFont(dirs) {
		return
	}
	p.SetBool(PrefFontNoted, true)
	en := i18n.New(language.English) // Japanese would show as boxes
	w.showInfo(en.T("NoticeFontTitle"), en.T("NoticeFontMissing"))
}
