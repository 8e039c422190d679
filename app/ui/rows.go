package ui

import (
	"image/color"
	"strings"
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
	onKey    func(*fyne.KeyEvent) bool
	onFocus  func()
	guard    wrapGuard // see entrywrap.go
	onBlur   func()
	hasFocus bool // between FocusGained and FocusLost
}

// FocusLost lets the row show the Japanese text wrapped by kinsokuView.
func (e *unitEntry) FocusLost() {
	e.hasFocus = false
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}

// FocusGained tells the window which unit and edition the user is in.
func (e *unitEntry) FocusGained() {
	e.hasFocus = true
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
	header   *rowCaption
	ja, en   *unitEntry
	jaView   *kinsokuView    // the Japanese text with Japanese line breaking
	jaCell   *fyne.Container // the Japanese entry under its view
	columns  *fyne.Container
	wheel    *wheelPass
	updating bool   // set while the row is filled, so OnChanged ignores it
	jaText   string // the unit's Japanese text, in the entry only if jaLoaded
	jaLoaded bool
}

func (v *editorView) newRow() *rowView {
	r := &rowView{index: -1, mark: newMark(), header: newRowCaption(v.w.swapped), ja: newUnitEntry(), en: newUnitEntry()}
	for _, ed := range []release.Edition{release.JA, release.EN} {
		ed := ed
		e := r.entry(ed)
		e.onKey = v.w.handleKey
		e.onFocus = func() {
			if ed == release.JA {
				r.jaView.Hide()
				r.loadJA()
			}
			v.w.setCurrent(r.index, ed)
		}
		e.OnChanged = func(s string) {
			if ed == release.JA && r.jaLoaded {
				r.jaText = s
			}
			if !r.updating && r.index >= 0 {
				v.w.textChanged(r.index, ed, s)
			}
		}
	}
	// Japanese may break between any two characters, which also spares
	// Fyne's word wrapper its slow search for spaces that are not there.
	r.ja.Wrapping = fyne.TextWrapBreak
	// The list gives each row the height its text needs (rowSizer), so
	// the entries ask for one line only and never scroll inside.
	r.ja.SetMinRowsVisible(1)
	r.en.SetMinRowsVisible(1)
	r.jaView = newKinsokuView(v.sizer, func(at int) {
		if r.ja.Disabled() {
			return // read-only: the view stays, as the entry cannot take the focus
		}
		r.jaView.Hide()
		v.w.win.Canvas().Focus(r.ja)
		b := len(string([]rune(r.ja.Text)[:min(at, len([]rune(r.ja.Text)))]))
		selectRange(r.ja, b, b)
	})
	r.ja.onBlur = func() { r.jaView.Show() }
	r.jaCell = container.NewStack(r.ja, r.jaView)
	r.columns = container.NewGridWithColumns(2, r.jaCell, r.en)
	r.wheel = newWheelPass(func() *widget.List { return v.list })
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
	body := container.NewBorder(nil, nil, r.mark, nil, container.NewBorder(r.header.root, nil, nil, nil, r.columns))
	return widget.NewSimpleRenderer(container.NewStack(body, r.wheel))
}

// wheelPass lies over a row and hands the mouse wheel to the list. Fyne
// gives a wheel event to the deepest scrollable object under the pointer,
// here an entry's own scroller, which swallows it even when the entry
// has nothing to scroll (every row is as tall as its text), so the list
// would only scroll with the pointer over the gaps between entries.
// Clicks, drags and the pointer's shape still reach the entries.
type wheelPass struct {
	widget.BaseWidget
	list func() *widget.List
}

func newWheelPass(list func() *widget.List) *wheelPass {
	p := &wheelPass{list: list}
	p.ExtendBaseWidget(p)
	return p
}

func (p *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	l := p.list()
	l.ScrollToOffset(l.GetScrollOffset() - ev.Scrolled.DY)
}

func (p *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// editorView is the virtualised list of rows: only the rows on screen
// exist as widgets, so a 10,000-unit release opens at once.
type editorView struct {
	w        *Window
	list     *widget.List
	root     *fyne.Container  // the column headers above lists
	lists    *fyne.Container  // the list, in a layout that notices its width
	bound    map[int]*rowView // the row widget showing each unit on screen
	selected int              // the row marked as current
	sizer    *rowSizer
	width    float32   // the list's width the row heights were measured for
	heights  []float32 // each row's height, as given to the list
}

func newEditorView(w *Window) *editorView {
	v := &editorView{w: w, bound: map[int]*rowView{}, selected: -1}
	v.sizer = newRowSizer(v.newRow())
	v.list = v.newList()
	v.lists = container.New(&widthLayout{onWidth: v.setWidth, target: func() fyne.CanvasObject { return v.list }}, v.list)
	v.root = container.NewBorder(columnHeaders(w), nil, nil, nil, v.lists)
	return v
}

// newList makes the list of rows; its item heights are set after.
func (v *editorView) newList() *widget.List {
	l := widget.NewList(v.w.doc.Len, func() fyne.CanvasObject {
		return v.newRow()
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		v.fill(o.(*rowView), id)
	})
	// A click on a row (outside its entries) makes it the current unit,
	// the one that Set Status, Add Comment, Split and the like act on.
	l.OnSelected = func(id widget.ListItemID) {
		v.selected = id
		v.w.setCurrent(id, v.w.currentEd)
	}
	return l
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
	for _, ed := range []release.Edition{release.JA, release.EN} {
		e := r.entry(ed)
		r.showText(ed, u.Text(ed))
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
	r.jaView.SetText(u.JA, v.placeholder(release.JA))
	r.header.set(v.w.rowHeader(id, &u), func(ed release.Edition) (string, color.Color) {
		s := unitStatus(&u, ed)
		return v.w.tr.T("Status_" + string(s)), statusColor(s)
	})
	setMark(r.mark, v.w.unitSeverity(id))
	v.order(r)
}

// order puts the columns in the chosen order (Japanese left by default).
func (v *editorView) order(r *rowView) {
	first, second := fyne.CanvasObject(r.jaCell), fyne.CanvasObject(r.en)
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

func splitLines(s string) []string { return strings.Split(s, "\n") }
