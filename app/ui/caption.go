package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/release"
)

// rowCaption is the compact line above a row's two entries: the unit's
// number and kind (and marks such as open comments) over the left
// column, and each edition's status as a coloured badge over its own
// column, so it follows View ▸ English on the Left with the entries.
// Plain canvas texts, without a label's padding, keep the line short.
type rowCaption struct {
	text   *canvas.Text
	badges map[release.Edition]*canvas.Text
	root   *fyne.Container
}

func newRowCaption(swapped bool) *rowCaption {
	c := &rowCaption{text: canvas.NewText("", theme.Color(theme.ColorNameForeground)), badges: map[release.Edition]*canvas.Text{}}
	c.text.TextStyle.Italic = true
	for _, ed := range []release.Edition{release.JA, release.EN} {
		b := canvas.NewText("", theme.Color(theme.ColorNameForeground))
		b.TextStyle.Bold = true
		c.badges[ed] = b
	}
	left, right := columnOrder(swapped)
	c.root = container.NewGridWithColumns(2,
		container.NewHBox(c.text, c.badges[left]),
		container.NewHBox(c.badges[right]))
	return c
}

// columnOrder is the edition shown left and the one shown right.
func columnOrder(swapped bool) (left, right release.Edition) {
	if swapped {
		return release.EN, release.JA
	}
	return release.JA, release.EN
}

// set shows a unit's caption and its editions' statuses.
func (c *rowCaption) set(text string, status func(release.Edition) (string, color.Color)) {
	// The colour is set again each time: a canvas text does not follow
	// a theme change by itself.
	if fg := theme.Color(theme.ColorNameForeground); c.text.Text != text || c.text.Color != fg {
		c.text.Text, c.text.Color = text, fg
		c.text.Refresh()
	}
	for ed, b := range c.badges {
		s, col := status(ed)
		if b.Text != s || b.Color != col {
			b.Text, b.Color = s, col
			b.Refresh()
		}
	}
}

// statusColor tells the statuses apart at a glance: a draft recedes, a
// reviewed text stands out as done.
func statusColor(s release.Status) color.Color {
	switch s {
	case release.Reviewed:
		return theme.Color(theme.ColorNameSuccess)
	case release.Translated:
		return theme.Color(theme.ColorNamePrimary)
	}
	return theme.Color(theme.ColorNamePlaceHolder)
}

// columnHeaders names the editions above their columns, in the order the
// rows show them; the left inset matches the rows' severity mark.
func columnHeaders(w *Window) fyne.CanvasObject {
	left, right := columnOrder(w.swapped)
	head := func(ed release.Edition) fyne.CanvasObject {
		return widget.NewLabelWithStyle(w.tr.T("Side_"+string(ed)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	return container.NewBorder(nil, nil, newMark(), nil, container.NewGridWithColumns(2, head(left), head(right)))
}

func unitStatus(u *release.Unit, ed release.Edition) release.Status {
	if ed == release.JA {
		return u.StatusJA
	}
	return u.StatusEN
}
