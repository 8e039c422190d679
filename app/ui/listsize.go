package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"taiyaku/app/release"
)

// widthLayout gives the list all of its space, and tells when its width
// changes, before the list is laid out at the new width.
type widthLayout struct {
	width   float32
	onWidth func(float32)
	target  func() fyne.CanvasObject // the list now (it can be replaced)
}

func (l *widthLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if size.Width != l.width {
		l.width = size.Width
		l.onWidth(size.Width)
	}
	o := l.target()
	o.Move(fyne.NewPos(0, 0))
	o.Resize(size)
}

func (l *widthLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return l.target().MinSize()
}

// setWidth measures every row anew for the list's new width.
func (v *editorView) setWidth(w float32) {
	v.width = w
	v.sizer.forget(w)
	v.sizeAll()
}

func (v *editorView) placeholder(ed release.Edition) string {
	return v.w.tr.T("PlaceholderMissing_" + string(ed))
}

// sizeAll sets every row's height. It works on a snapshot: the list asks
// the document for its length, so no widget may be called while the
// document's lock is held.
func (v *editorView) sizeAll() {
	r := v.w.doc.Snapshot()
	hs := make([]float32, len(r.Units))
	for i := range r.Units {
		hs[i] = v.rowHeight(&r.Units[i])
	}
	v.setHeights(hs)
}

func (v *editorView) rowHeight(u *release.Unit) float32 {
	if v.width <= 0 {
		return v.sizer.headerH + theme.Padding() + v.sizer.minH
	}
	return v.sizer.height(u, v.width, v.placeholder)
}

// resize updates one row's height after its text changed.
func (v *editorView) resize(i int) {
	if i >= len(v.heights) {
		v.sizeAll()
		return
	}
	u := v.w.doc.Unit(i)
	if h := v.rowHeight(&u); h != v.heights[i] {
		v.heights[i] = h
		v.list.SetItemHeight(i, h)
	}
}

// manyChanges is where giving the list its heights one by one (each a
// refresh of the list and a new row widget, about 0.1 ms) costs more than
// a new list, whose rows on screen all re-shape their text (tens of ms).
// A press release has fewer units than this, so dragging a divider
// keeps the rows; a 10,000-unit release gets a new list.
const manyChanges = 400

// setHeights gives the list new row heights: one by one when few
// changed, else to a new list, sized before it is drawn, that keeps the
// scroll position, the selection and the cursor of the old one.
func (v *editorView) setHeights(hs []float32) {
	var changed []int
	if len(hs) == len(v.heights) {
		for i := range hs {
			if hs[i] != v.heights[i] {
				changed = append(changed, i)
			}
		}
		if len(changed) <= manyChanges {
			v.heights = hs
			for _, i := range changed {
				v.list.SetItemHeight(i, hs[i])
			}
			return
		}
	}
	top, into := v.topUnit()
	focus := v.focusedEntry()
	v.heights = hs
	old := v.list
	v.list = v.newList()
	for i, h := range hs {
		v.list.SetItemHeight(i, h)
	}
	v.bound = map[int]*rowView{}
	if v.lists != nil {
		v.lists.Objects = []fyne.CanvasObject{v.list}
	}
	if size := old.Size(); !size.IsZero() {
		v.list.Resize(size)
		v.list.ScrollToOffset(v.offsetOf(top) + into)
	}
	if v.selected >= 0 && v.selected < len(hs) {
		v.list.Select(v.selected)
	}
	focus.restore(v)
}

// separator is the space the list leaves between two rows.
func separator() float32 { return theme.Padding() }

// offsetOf is the distance from the list's top to row i's top.
func (v *editorView) offsetOf(i int) float32 {
	y := float32(0)
	for k := 0; k < i && k < len(v.heights); k++ {
		y += v.heights[k] + separator()
	}
	return y
}

// topUnit is the row at the top of the view and how far it is scrolled.
func (v *editorView) topUnit() (int, float32) {
	off := v.list.GetScrollOffset()
	y := float32(0)
	for i, h := range v.heights {
		if y+h+separator() > off {
			return i, off - y
		}
		y += h + separator()
	}
	return 0, 0
}

// entryFocus is where the keyboard focus was, to put it back on the same
// unit after the list's rows were made anew.
type entryFocus struct {
	unit     int
	ed       release.Edition
	row, col int
}

func (v *editorView) focusedEntry() *entryFocus {
	c := fyne.CurrentApp().Driver().CanvasForObject(v.list)
	if c == nil {
		return nil
	}
	for i, r := range v.bound {
		for _, ed := range []release.Edition{release.JA, release.EN} {
			if e := r.entry(ed); c.Focused() == e {
				return &entryFocus{unit: i, ed: ed, row: e.CursorRow, col: e.CursorColumn}
			}
		}
	}
	return nil
}

func (f *entryFocus) restore(v *editorView) {
	if f == nil {
		return
	}
	r := v.rowFor(f.unit)
	c := fyne.CurrentApp().Driver().CanvasForObject(v.list)
	if r == nil || c == nil {
		return
	}
	e := r.entry(f.ed)
	c.Focus(e)
	e.CursorRow, e.CursorColumn = f.row, f.col
	e.Refresh()
}

// middleOffset is the scroll offset that shows row i in the middle of
// the view (or as near as the list's ends allow).
func (v *editorView) middleOffset(i int) float32 {
	view := v.list.Size().Height
	h := float32(0)
	if i < len(v.heights) {
		h = v.heights[i]
	}
	return max(0, v.offsetOf(i)-(view-h)/2)
}
