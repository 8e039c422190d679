package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/check"
	"taiyaku/app/outline"
	"taiyaku/app/release"
)

// outlineItem is one heading of the outline: both editions' labels and
// the worst open finding of its section.
type outlineItem struct {
	unit   int
	level  int
	ja, en string
	sev    check.Severity
}

// outlineView lists the headings; a click goes to the section.
type outlineView struct {
	w     *Window
	items []outlineItem
	list  *widget.List
	root  fyne.CanvasObject
}

func newOutlineView(w *Window) *outlineView {
	o := &outlineView{w: w}
	o.list = widget.NewList(func() int { return len(o.items) }, func() fyne.CanvasObject {
		return container.NewBorder(nil, nil, newMark(), nil, newOutlineText(w.editor.sizer))
	}, func(id widget.ListItemID, obj fyne.CanvasObject) {
		c := obj.(*fyne.Container)
		it := o.items[id]
		c.Objects[0].(*outlineText).SetText(strings.Repeat("  ", max(it.level-1, 0)) + it.ja + "  |  " + it.en)
		setMark(c.Objects[1].(*canvas.Rectangle), it.sev)
	})
	o.list.OnSelected = func(id widget.ListItemID) {
		if id < len(o.items) {
			w.showHeading(o.items[id].unit)
		}
		o.list.UnselectAll()
	}
	o.root = titled(w.tr.T("PanelOutline"), o.list)
	return o
}

// refresh reads the headings anew and marks each with the worst finding
// between it and the next heading.
func (o *outlineView) refresh() {
	o.items = o.items[:0]
	r := o.w.doc.Snapshot()
	levels := outline.Levels(r, release.JA)
	enLevels := outline.Levels(r, release.EN)
	for i := range r.Units {
		u := &r.Units[i]
		if levels[i] == 0 && enLevels[i] == 0 && u.Kind != release.Heading && u.Kind != release.Title {
			continue
		}
		o.items = append(o.items, outlineItem{unit: i, level: max(levels[i], enLevels[i], 1), ja: firstLine(u.JA), en: firstLine(u.EN)})
	}
	for k := range o.items {
		end := len(r.Units)
		if k+1 < len(o.items) {
			end = o.items[k+1].unit
		}
		for i := o.items[k].unit; i < end; i++ {
			if worse(o.w.unitSeverity(i), o.items[k].sev) {
				o.items[k].sev = o.w.unitSeverity(i)
			}
		}
	}
	o.list.Refresh()
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if s == "" {
		return "—"
	}
	return s
}
