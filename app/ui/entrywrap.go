package ui

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// Fyne 2.7.1's word wrapper drops the space at a wrap point from every
// visual row. When nothing follows that space on its line (the user
// typed it at the end of the text, or at the end of a line of a unit
// that has two), no row holds the offset after it. Entry keeps its
// cursor as (row, column) and computes it from the offset before the
// next key: at the end of the text it lands one character short (the
// next word goes before the space, which drifts to the end: "6G. tech"
// is stored as "6G.tech "); at the end of a line it lands on the next
// line, and the rest of the sentence goes into the middle of that line.
// Backspace there deletes the wrong character too. (fyne-io/fyne#2698;
// the wrapping fix of fyne-io/fyne#6241 is not in 2.7.1.)
//
// wrapGuard keeps our own idea of the cursor's offset after each edit.
// When Fyne's idea differs and the cursor has not moved since, the next
// key first puts the cursor back (placeCursor).

// wrapGuard remembers the cursor offset an edit should have left.
type wrapGuard struct {
	armed    bool
	want     int    // offset in runes where the cursor belongs
	row, col int    // where Fyne left the cursor instead
	text     string // the text then; any other change disarms the guard
}

// TypedRune inserts r where the user's cursor really is.
func (e *unitEntry) TypedRune(r rune) {
	e.guarded(func() { e.Entry.TypedRune(r) }, false)
}

// TypedShortcut pastes where the user's cursor really is. Other
// shortcuts (copy, select all) only get the cursor put back.
func (e *unitEntry) TypedShortcut(s fyne.Shortcut) {
	if _, paste := s.(*fyne.ShortcutPaste); paste {
		e.guarded(func() { e.Entry.TypedShortcut(s) }, false)
		return
	}
	e.resync()
	e.guard.armed = false
	e.Entry.TypedShortcut(s)
}

// guardedKey runs a key with the cursor put back first, and re-arms
// the guard after Backspace (deleting the character before a wrap can
// leave a trailing space too).
func (e *unitEntry) guardedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyBackspace || k.Name == fyne.KeyDelete {
		e.guarded(func() { e.Entry.TypedKey(k) }, k.Name == fyne.KeyDelete)
		return
	}
	e.resync()
	e.guard.armed = false
	e.Entry.TypedKey(k)
}

// guarded runs an edit that inserts or deletes at the cursor and checks
// where Fyne left the cursor afterwards. forward: the edit deletes after
// the cursor (Delete), so the cursor should not move.
func (e *unitEntry) guarded(edit func(), forward bool) {
	e.resync()
	e.guard.armed = false
	if e.SelectedText() != "" || e.Disabled() {
		edit() // the edit replaces a selection: its offset is not ours to predict
		return
	}
	at := e.CursorTextOffset()
	before := utf8.RuneCountInString(e.Text)
	edit()
	after := utf8.RuneCountInString(e.Text)
	want := at + after - before
	if forward {
		want = at
	}
	if got := e.CursorTextOffset(); got != want && want >= 0 && want <= after {
		e.guard = wrapGuard{armed: true, want: want, row: e.CursorRow, col: e.CursorColumn, text: e.Text}
	}
}

// resync puts the cursor back at the remembered offset when Fyne lost it
// and nothing moved it since.
func (e *unitEntry) resync() {
	g := e.guard
	if !g.armed || e.Text != g.text || e.CursorRow != g.row || e.CursorColumn != g.col {
		return
	}
	e.placeCursor(g.want)
}

// placeCursor puts the cursor at a rune offset that may lie in no row:
// on the last row that starts at or before it, with a column that may
// pass the row's end (Fyne takes the offset as row start + column).
func (e *unitEntry) placeCursor(offset int) {
	for row := e.CursorRow; row >= 0; row-- {
		e.CursorRow, e.CursorColumn = row, 0
		if start := e.CursorTextOffset(); start <= offset {
			e.CursorColumn = offset - start
			return
		}
	}
}
