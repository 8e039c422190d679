package ui

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

// scrollToMiddle scrolls the list so that row i is in the middle of the
// view: a row scrolled only just into view, at an edge, is easy to miss.
func (v *editorView) scrollToMiddle(i int) {
	if i < len(v.heights) && v.list.Size().Height > 0 {
		v.list.ScrollToOffset(v.middleOffset(i))
		return
	}
	v.list.ScrollTo(i)
}

// showFinding goes to a finding's unit, in the middle of the view, and
// selects the text it is about (the number, the date, the label) in the
// edition that has it.
func (w *Window) showFinding(f check.Finding) {
	if f.Unit < 0 || f.Unit >= w.doc.Len() {
		return
	}
	ed, text := offendingText(f, w.doc.Unit(f.Unit))
	w.focusUnit(f.Unit, ed)
	if r := w.editor.rowFor(f.Unit); r != nil && text != "" {
		selectText(r.entry(ed), text)
	}
}

// showHeading goes to a heading from the outline, in the middle of the
// view, with its Japanese label selected.
func (w *Window) showHeading(i int) {
	w.focusUnit(i, release.JA)
	if r := w.editor.rowFor(i); r != nil {
		if l := outlineLabel(r.ja.Text); l != "" {
			selectText(r.ja, l)
		}
	}
}

// offendingText is the edition to go to for a finding and the first of
// the values it names that occurs in that edition's text ("" if none
// does): the values of the finding's own edition first, then the other's.
func offendingText(f check.Finding, u release.Unit) (release.Edition, string) {
	first := editionOf(f.Side)
	eds := []release.Edition{first, other(first)}
	for _, ed := range eds {
		best := ""
		for _, v := range findingValues(f, ed) {
			if len(v) > len(best) && strings.Contains(u.Text(ed), v) {
				best = v
			}
		}
		if best != "" {
			return ed, best
		}
	}
	return first, ""
}

// findingValues lists the values a finding's data names for an edition:
// its own list (JA or EN, comma-separated) and the single values. A date
// has a comma of its own ("January 22, 2025"), so two neighbouring
// pieces of a list are a candidate too; the longest one found wins.
func findingValues(f check.Finding, ed release.Edition) []string {
	var out []string
	own := "EN"
	if ed == release.JA {
		own = "JA"
	}
	if s, ok := f.Data[own].(string); ok {
		parts := strings.Split(s, ", ")
		out = append(out, parts...)
		for k := 0; k+1 < len(parts); k++ {
			out = append(out, parts[k]+", "+parts[k+1])
		}
	}
	for _, k := range []string{"Text", "Date", "Label", "Bracket", "Term"} {
		if s, ok := f.Data[k].(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func other(ed release.Edition) release.Edition {
	if ed == release.JA {
		return release.EN
	}
	return release.JA
}

// selectText selects the first occurrence of s in an entry. Fyne's entry
// has no call to select a range, so this does what the keyboard does:
// the cursor goes to the start and Shift+Right extends the selection.
func selectText(e *unitEntry, s string) {
	if at := strings.Index(e.Text, s); at >= 0 {
		selectRange(e, at, at+len(s))
	}
}

// selectRange selects the bytes start to end of an entry's text. The
// cursor moves by characters, not by CursorRow and CursorColumn: those
// count the entry's wrapped rows, not the text's lines.
func selectRange(e *unitEntry, start, end int) {
	start, end = min(start, len(e.Text)), min(end, len(e.Text))
	e.CursorRow, e.CursorColumn = 0, 0
	right := &fyne.KeyEvent{Name: fyne.KeyRight}
	for range utf8.RuneCountInString(e.Text[:start]) {
		e.Entry.TypedKey(right)
	}
	if end <= start {
		return
	}
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	e.Entry.KeyDown(shift)
	for range utf8.RuneCountInString(e.Text[start:end]) {
		e.Entry.TypedKey(right)
	}
	e.Entry.KeyUp(shift)
}
