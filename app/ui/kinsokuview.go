package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// kinsokuView shows the Japanese text of a row, wrapped by the rules of
// Japanese line breaking, over the row's entry while the entry is not
// being edited. A tap hands over to the entry, with the cursor where the
// tap fell; while the entry has the focus the view is hidden, and the
// text wraps as Fyne wraps it.
type kinsokuView struct {
	widget.BaseWidget
	text, placeholder string
	sizer             *rowSizer
	onTap             func(runeOffset int)
	lines             []viewLine
	bg                *canvas.Rectangle
	texts             []*canvas.Text
	width             float32 // the width the lines were made for
}

// viewLine is one drawn line and where it starts in the text, in runes.
type viewLine struct {
	text  string
	start int
}

func newKinsokuView(s *rowSizer, onTap func(int)) *kinsokuView {
	v := &kinsokuView{sizer: s, onTap: onTap, bg: canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))}
	v.bg.CornerRadius = theme.InputRadiusSize()
	v.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	v.bg.StrokeWidth = theme.InputBorderSize()
	v.ExtendBaseWidget(v)
	return v
}

// SetText shows another text (placeholder when it is empty).
func (v *kinsokuView) SetText(text, placeholder string) {
	if v.text == text && v.placeholder == placeholder {
		return
	}
	v.text, v.placeholder = text, placeholder
	v.width = -1
	v.Refresh()
}

func (v *kinsokuView) Tapped(ev *fyne.PointEvent) {
	if v.onTap != nil {
		v.onTap(v.offsetAt(ev.Position))
	}
}

// offsetAt is the rune offset in the text nearest to a point of the view.
func (v *kinsokuView) offsetAt(p fyne.Position) int {
	if v.text == "" || len(v.lines) == 0 {
		return 0
	}
	pad := theme.InnerPadding()
	row := min(max(int((p.Y-pad)/v.sizer.rowHeight(v.text)), 0), len(v.lines)-1)
	l := v.lines[row]
	x, n := pad, 0
	for _, r := range l.text {
		a := v.sizer.adv(r)
		if x+a/2 > p.X {
			break
		}
		x += a
		n++
	}
	return l.start + n
}

// layoutLines wraps the text for the view's width.
func (v *kinsokuView) layoutLines(width float32) {
	if width == v.width {
		return
	}
	v.width = width
	v.lines = v.lines[:0]
	text := v.text
	if text == "" {
		text = v.placeholder
	}
	start := 0
	for _, para := range splitRunes(text) {
		for _, l := range kinsokuLine(para, width-2*theme.InnerPadding(), v.sizer.adv) {
			v.lines = append(v.lines, viewLine{text: l, start: start})
			start += len([]rune(l))
		}
		start++ // the newline
	}
}

func (v *kinsokuView) CreateRenderer() fyne.WidgetRenderer {
	return &kinsokuRenderer{v: v}
}

type kinsokuRenderer struct {
	v       *kinsokuView
	objects []fyne.CanvasObject
}

func (r *kinsokuRenderer) Layout(size fyne.Size) {
	v := r.v
	v.bg.FillColor = theme.Color(theme.ColorNameInputBackground) // after a theme change too
	v.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	v.bg.Refresh()
	v.bg.Resize(size)
	v.layoutLines(size.Width)
	col := theme.Color(theme.ColorNameForeground)
	if v.text == "" {
		col = theme.Color(theme.ColorNamePlaceHolder)
	}
	for len(v.texts) < len(v.lines) {
		v.texts = append(v.texts, canvas.NewText("", col))
	}
	v.texts = v.texts[:len(v.lines)]
	pad := theme.InnerPadding()
	rowH := v.sizer.rowHeight(v.text + v.placeholder)
	r.objects = append(r.objects[:0], v.bg)
	for i, l := range v.lines {
		t := v.texts[i]
		t.Text, t.Color = l.text, col
		t.Move(fyne.NewPos(pad, pad+float32(i)*rowH))
		t.Resize(fyne.NewSize(size.Width-2*pad, rowH))
		t.Refresh()
		r.objects = append(r.objects, t)
	}
}

func (r *kinsokuRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (r *kinsokuRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

func (r *kinsokuRenderer) Objects() []fyne.CanvasObject {
	if len(r.objects) == 0 {
		r.Layout(r.v.Size())
	}
	return r.objects
}

func (r *kinsokuRenderer) Destroy() {}
