package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/check"
	"taiyaku/app/cli"
	"taiyaku/app/release"
)

// panelRow is one line of the findings panel: a group heading (severity,
// or check within a severity) or a finding.
type panelRow struct {
	heading string
	finding *check.Finding
}

// findingsPanel lists the open findings grouped by severity and check;
// a click goes to the unit and edition, "Ignore…" asks for a reason.
type findingsPanel struct {
	w    *Window
	rows []panelRow
	list *widget.List
	root fyne.CanvasObject
}

func newFindingsPanel(w *Window) *findingsPanel {
	p := &findingsPanel{w: w}
	p.list = widget.NewList(func() int { return len(p.rows) }, p.newRow, p.fillRow)
	p.list.OnSelected = func(id widget.ListItemID) {
		if id < len(p.rows) && p.rows[id].finding != nil {
			w.showFinding(*p.rows[id].finding)
		}
		p.list.UnselectAll()
	}
	p.root = p.list // the tab names it
	return p
}

func (p *findingsPanel) newRow() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Wrapping = fyne.TextWrapWord
	ignore := widget.NewButton(p.w.tr.T("ActionIgnore"), nil)
	return container.NewBorder(nil, nil, newMark(), ignore, label)
}

func (p *findingsPanel) fillRow(id widget.ListItemID, obj fyne.CanvasObject) {
	c := obj.(*fyne.Container)
	label, mark, ignore := c.Objects[0].(*widget.Label), c.Objects[1].(*canvas.Rectangle), c.Objects[2].(*widget.Button)
	row := p.rows[id]
	if row.finding == nil {
		label.TextStyle.Bold = true
		label.SetText(row.heading)
		setMark(mark, "")
		ignore.Hide()
	} else {
		f := *row.finding
		label.TextStyle.Bold = false
		label.SetText(fmt.Sprintf("%s — %s", p.w.tr.T("UnitSide", "Unit", f.Unit+1, "Side", p.w.tr.T("Side_"+string(f.Side))), cli.Message(p.w.tr, f)))
		setMark(mark, f.Severity)
		ignore.OnTapped = func() { p.w.askIgnore(f) }
		ignore.Show()
	}
}

// refresh regroups the findings: severity, then check id.
func (p *findingsPanel) refresh() {
	p.rows = p.rows[:0]
	for _, sev := range check.Severities {
		group := check.BySeverity(p.w.open, sev)
		if len(group) == 0 {
			continue
		}
		p.rows = append(p.rows, panelRow{heading: fmt.Sprintf("%s (%d)", p.w.tr.T("Severity_"+string(sev)), len(group))})
		for _, id := range check.IDs {
			var same []check.Finding
			for _, f := range group {
				if f.Check == id {
					same = append(same, f)
				}
			}
			if len(same) == 0 {
				continue
			}
			p.rows = append(p.rows, panelRow{heading: fmt.Sprintf("  %s (%d)", checkName(p.w.tr, id), len(same))})
			for k := range same {
				p.rows = append(p.rows, panelRow{finding: &same[k]})
			}
		}
	}
	for id, row := range p.rows {
		text := row.heading
		if row.finding != nil {
			text = cli.Message(p.w.tr, *row.finding) + "0123456789012345" // room for "Unit 12 (English) — "
		}
		p.list.SetItemHeight(id, wrappedHeight(text, 26))
	}
	p.list.Refresh()
}

// editionOf is the edition to put the cursor in for a finding's side.
func editionOf(s check.Side) release.Edition {
	if s == check.JA {
		return release.JA
	}
	return release.EN
}
