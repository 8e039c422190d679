package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// outlineText is one line of the outline, cut with an ellipsis to the
// width it has. A Label with TextTruncateEllipsis shapes its whole text
// with a fresh shaper each time it is set, which for Japanese (a font
// indexed anew each time) cost milliseconds a heading when a release
// opened; the line is cut here on the row sizer's measured advances.
type outlineText struct {
	widget.BaseWidget
	text  string
	sizer *rowSizer
}

func newOutlineText(s *rowSizer) *outlineText {
	t := &outlineText{sizer: s}
	t.ExtendBaseWidget(t)
	return t
}

// SetText shows another text.
func (t *outlineText) SetText(s string) {
	if t.text != s {
		t.text = s
		t.Refresh()
	}
}

func (t *outlineText) CreateRenderer() fyne.WidgetRenderer {
	return &outlineTextRenderer{t: t, line: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
}

type outlineTextRenderer struct {
	t    *outlineText
	line *canvas.Text
}

// Layout places the line as a Label places its text.
func (r *outlineTextRenderer) Layout(size fyne.Size) {
	pad := theme.InnerPadding()
	r.line.Text = ellipsize(r.t.text, size.Width-2*pad, r.t.sizer.adv)
	r.line.Color = theme.Color(theme.ColorNameForeground) // after a theme change too
	r.line.Move(fyne.NewPos(pad, pad))
	r.line.Resize(fyne.NewSize(size.Width-2*pad, r.t.sizer.rowHeight(r.line.Text)))
	r.line.Refresh()
}

// MinSize is a Label's with one line of Latin text: the outline's rows
// keep the height they had.
func (r *outlineTextRenderer) MinSize() fyne.Size {
	pad := theme.InnerPadding()
	return fyne.NewSize(2*pad, r.t.sizer.latinH+2*pad)
}

func (r *outlineTextRenderer) Refresh()                     { r.Layout(r.t.Size()) }
func (r *outlineTextRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.line} }
func (r *outlineTextRenderer) Destroy()                     {}

// ellipsize is s when it fits in width, else as much of its start as fits
// with "…" after it. The advances are summed without kerning, which only
// narrows text, so what is kept fits.
func ellipsize(s string, width float32, adv func(rune) float32) string {
	w := float32(0)
	for _, r := range s {
		w += adv(r)
	}
	if w <= width {
		return s
	}
	limit := width - adv('…')
	w = 0
	for i, r := range s {
		if w+adv(r) > limit {
			return s[:i] + "…"
		}
		w += adv(r)
	}
	return s
}
