package ui

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

// Fyne 2.7.1's word wrapper drops the space at a wrap point from every
// visual row. When that space is the last character of the text (the
// user typed a space at the end and it did not fit on the line), no row
// holds the cursor's offset: Entry keeps its cursor as (row, column),
// truncates it to the end of the last row, which is one character
// before the space, and the next key lands on the wrong side of it.
// Typing "6G. technology" at the end of a wrapped paragraph then stores
// "6G.technology " (the space drifts to the end), and Backspace deletes
// the character before the space. (fyne-io/fyne#2698; the wrapping fix
// of fyne-io/fyne#6241 is not in 2.7.1.)
//
// wrapGuard keeps our own idea of the cursor's offset after each edit.
// When Fyne's idea differs and the cursor has not moved since, the next
// key first puts the cursor back: the column may point past the row's
// end, which Fyne turns into the right offset (row start + column).

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
	// Fyne only ever falls short (the cursor lands before a dropped
	// space), so the guard only ever moves the cursor forward.
	if got := e.CursorTextOffset(); got < want && want <= after {
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
	e.CursorColumn += g.want - e.CursorTextOffset()
}
