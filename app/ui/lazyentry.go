package ui

import "taiyaku/app/release"

// The Japanese entry of a row holds its text only while it is edited.
// Fyne wraps an entry's text whenever it is set, measuring each candidate
// row with a fresh shaper, and a fresh shaper for a Japanese font costs
// milliseconds (it indexes the font's substitution tables each time): a
// row of Japanese cost tens of milliseconds to fill, for an entry that
// kinsokuView covers until the user clicks into it. So the entry stays
// empty until it gains the focus (loadJA), and a row filled with another
// unit empties it again unless it has the focus.

// showText puts a unit's text into the row: into the entry, or, for a
// Japanese entry without the focus, aside until it gains it. The caller
// sets r.updating, so that emptying the entry is no edit.
func (r *rowView) showText(ed release.Edition, text string) {
	e := r.entry(ed)
	if ed == release.JA {
		r.jaText = text
		if !e.hasFocus {
			r.jaLoaded = false
			if e.Text != "" {
				e.SetText("")
			}
			return
		}
		r.jaLoaded = true
	}
	if e.Text != text {
		e.SetText(text)
	}
}

// loadJA gives the Japanese entry its text when it gains the focus.
func (r *rowView) loadJA() {
	if r.jaLoaded {
		return
	}
	r.jaLoaded = true
	was := r.updating
	r.updating = true
	defer func() { r.updating = was }()
	if r.ja.Text != r.jaText {
		r.ja.SetText(r.jaText)
	}
}

// cursorByte is the byte offset of an entry's cursor in its unit's text:
// 0 in a Japanese entry never edited since the row was filled, as in a
// fresh entry.
func (r *rowView) cursorByte(ed release.Edition) int {
	e := r.entry(ed)
	if ed == release.JA && !r.jaLoaded {
		return 0
	}
	return byteOffset(e.Text, e.CursorRow, e.CursorColumn)
}
