package ui

import (
	"image/color"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

// unitEntry is a multi-line entry that passes the keys the window uses
// (F8, Shift+F8) to the window instead of swallowing them.
type unitEntry struct {
	widget.Entry
	onKey   func(*fyne.KeyEvent) bool
	onFocus func()
	guard   wrapGuard // see entrywrap.go
}

// FocusGained tells the window which unit and edition the user is in.
func (e *unitEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}

func newUnitEntry() *unitEntry {
	e := &unitEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey lets the window handle its keys first.
func (e *unitEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(k) {
		return
	}
	e.guardedKey(k)
}

// rowView shows one unit: a severity mark, a header with the unit's
// number, kind and statuses, and the two editions side by side.
type rowView struct {
	widget.BaseWidget
	index    int
	mark     *canvas.Rectangle
	header   *widget.Label
	ja, en   *unitEntry
	columns  *fyne.Container
	updating bool // set while the row is filled, so OnChanged ignores it
	lines    int  // the entries' visible rows now
}

func (v *editorView) newRow() *rowView {
	r := &rowView{index: -1, mark: newMark(), header: widget.NewLabel(""), ja: newUnitEntry(), en: newUnitEntry()}
	r.header.TextStyle.Italic = true
	for _, ed := range []release.Edition{release.JA, release.EN} {
		ed := ed
		e := r.entry(ed)
		e.onKey = v.w.handleKey
		e.onFocus = func() { v.w.setCurrent(r.index, ed) }
		e.OnChanged = func(s string) {
			if !r.updating && r.index >= 0 {
				v.w.textChanged(r.index, ed, s)
			}
		}
	}
	// Japanese may break between any two characters, which also spares
	// Fyne's word wrapper its slow search for spaces that are not there.
	r.ja.Wrapping = fyne.TextWrapBreak
	r.columns = container.NewGridWithColumns(2, r.ja, r.en)
	r.ExtendBaseWidget(r)
	return r
}

func (r *rowView) entry(ed release.Edition) *unitEntry {
	if ed == release.JA {
		return r.ja
	}
	return r.en
}

func (r *rowView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(r.header, nil, r.mark, nil, r.columns))
}

// editorView is the virtualised list of rows: only the rows on screen
// exist as widgets, so a 10,000-unit release opens at once.
type editorView struct {
	w        *Window
	list     *widget.List
	bound    map[int]*rowView // the row widget showing each unit on screen
	selected int              // the row marked as current
	// metrics measured once, to size rows without building them
	lineH, baseH float32
}

func newEditorView(w *Window) *editorView {
	v := &editorView{w: w, bound: map[int]*rowView{}}
	v.measure()
	v.list = widget.NewList(w.doc.Len, func() fyne.CanvasObject {
		return v.newRow()
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		v.fill(o.(*rowView), id)
	})
	// A click on a row (outside its entries) makes it the current unit,
	// the one that Set Status, Add Comment, Split and the like act on.
	v.list.OnSelected = func(id widget.ListItemID) {
		v.selected = id
		w.setCurrent(id, w.currentEd)
	}
	v.sizeAll()
	return v
}

// measure finds how tall a row is for one and for two lines of text.
func (v *editorView) measure() {
	probe := v.newRow()
	probe.ja.SetMinRowsVisible(1)
	probe.en.SetMinRowsVisible(1)
	h1 := probe.MinSize().Height
	probe.ja.SetMinRowsVisible(2)
	probe.en.SetMinRowsVisible(2)
	v.lineH = probe.MinSize().Height - h1
	v.baseH = h1 - v.lineH
}

// linesFor estimates how many wrapped lines a text needs in its column:
// about 22 Japanese or 44 Latin characters a line at the usual width.
// (Too many lines only leave space; too few make the entry scroll.)
func linesFor(s string, ed release.Edition) int {
	per := 44
	if ed == release.JA {
		per = 22
	}
	n := 0
	for _, line := range splitLines(s) {
		k := (utf8.RuneCountInString(line) + per - 1) / per
		if k > 1 && ed == release.JA {
			k++ // Japanese breaks where it can, not at the column's edge
		}
		n += max(1, k)
	}
	return min(max(n, 1), 12)
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (v *editorView) rowLines(u *release.Unit) int {
	return max(linesFor(u.JA, release.JA), linesFor(u.EN, release.EN))
}

// sizeAll sets every row's height before the list is drawn (cheap then:
// the list does not refresh until it has a renderer).
func (v *editorView) sizeAll() {
	r := v.w.doc.Snapshot() // a copy: SetItemHeight may call back into the Doc
	for i := range r.Units {
		v.list.SetItemHeight(i, v.baseH+float32(v.rowLines(&r.Units[i]))*v.lineH)
	}
}

// resize updates one row's height after its text changed.
func (v *editorView) resize(i int) {
	u := v.w.doc.Unit(i)
	v.list.SetItemHeight(i, v.baseH+float32(v.rowLines(&u))*v.lineH)
}

// fill shows unit id in row r.
func (v *editorView) fill(r *rowView, id int) {
	if id >= v.w.doc.Len() {
		return
	}
	u := v.w.doc.Unit(id)
	r.updating = true
	defer func() { r.updating = false }()
	if v.bound[r.index] == r {
		delete(v.bound, r.index)
	}
	r.index = id
	v.bound[id] = r
	lines := v.rowLines(&u)
	for _, ed := range []release.Edition{release.JA, release.EN} {
		e := r.entry(ed)
		if r.lines != lines {
			e.SetMinRowsVisible(lines)
		}
		if e.Text != u.Text(ed) {
			e.SetText(u.Text(ed))
		}
		if e.Disabled() != v.w.readOnly {
			if v.w.readOnly {
				e.Disable()
			} else {
				e.Enable()
			}
		}
		if ph := v.w.tr.T("PlaceholderMissing_" + string(ed)); e.PlaceHolder != ph {
			e.SetPlaceHolder(ph)
		}
	}
	r.lines = lines
	setText(r.header, v.w.rowHeader(id, &u))
	setMark(r.mark, v.w.unitSeverity(id))
	v.order(r)
}

// order puts the columns in the chosen order (Japanese left by default).
func (v *editorView) order(r *rowView) {
	first, second := fyne.CanvasObject(r.ja), fyne.CanvasObject(r.en)
	if v.w.swapped {
		first, second = second, first
	}
	if len(r.columns.Objects) == 2 && r.columns.Objects[0] == first {
		return
	}
	r.columns.Objects = []fyne.CanvasObject{first, second}
	r.columns.Refresh()
}

// rowFor returns the row widget showing unit i, if it is on screen.
func (v *editorView) rowFor(i int) *rowView { return v.bound[i] }

// severityColor is the mark of a row, an outline entry or a finding.
func severityColor(s check.Severity) color.Color {
	switch s {
	case check.Error:
		return theme.Color(theme.ColorNameError)
	case check.Warning:
		return theme.Color(theme.ColorNameWarning)
	case check.Info:
		return theme.Color(theme.ColorNamePrimary)
	}
	return color.Transparent
}

// newMark is the thin coloured bar that shows a severity.
func newMark() *canvas.Rectangle {
	m := canvas.NewRectangle(color.Transparent)
	m.SetMinSize(fyne.NewSize(theme.Padding(), 1))
	return m
}

// setMark colours a severity bar, redrawing it only when it changes.
func setMark(m *canvas.Rectangle, s check.Severity) {
	if c := severityColor(s); m.FillColor != c {
		m.FillColor = c
		m.Refresh()
	}
}

// titled puts a bold title above a panel's list.
func titled(title string, list fyne.CanvasObject) fyne.CanvasObject {
	label := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(label, nil, nil, nil, list)
}

// wrappedHeight is the height of a wrapped label showing text in a panel
// about perLine characters wide. Panel rows get their heights from this
// estimate, set before drawing: measuring a wrapped label while the list
// lays it out can make the row height flip back and forth forever.
func wrappedHeight(text string, perLine int) float32 {
	lines := 0
	for _, l := range splitLines(text) {
		lines += max(1, (utf8.RuneCountInString(l)+perLine-1)/perLine)
	}
	line := theme.TextSize() * 1.45
	return float32(lines)*line + 2*theme.InnerPadding()
}
