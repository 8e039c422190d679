package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/spelling"
)

// panelRow is one line of the findings panel: a group heading (severity,
// or check within a severity) or a finding, open or ignored.
type panelRow struct {
	heading string
	finding *check.Finding
	ignored bool // an ignored finding: its button takes the ignore back
}

// findingsPanel lists the open findings grouped by severity and check,
// then the ignored ones; a click goes to the unit and edition, "Ignore…"
// asks for a reason, "Stop Ignoring" takes an ignore back.
type findingsPanel struct {
	w     *Window
	rows  []panelRow
	list  *widget.List
	root  fyne.CanvasObject
	width float32 // the list's width the row heights were measured for
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
	// The rows' heights follow the panel's width, so that a long finding
	// neither spills into the next row nor is cut off.
	p.root = container.New(&widthLayout{onWidth: p.setWidth, target: func() fyne.CanvasObject { return p.list }}, p.list)
	return p
}

func (p *findingsPanel) newRow() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Wrapping = p.wrapping()
	button := widget.NewButton(p.w.tr.T("ActionIgnore"), nil)
	add := widget.NewButton(p.w.tr.T("ActionAddWord"), nil)
	add.Hide()
	// In a box, the buttons keep their own height at the top of a tall row.
	return container.NewBorder(nil, nil, newMark(), container.NewVBox(button, add), label)
}

func (p *findingsPanel) fillRow(id widget.ListItemID, obj fyne.CanvasObject) {
	c := obj.(*fyne.Container)
	label, mark, box := c.Objects[0].(*widget.Label), c.Objects[1].(*canvas.Rectangle), c.Objects[2].(*fyne.Container)
	button, add := box.Objects[0].(*widget.Button), box.Objects[1].(*widget.Button)
	row := p.rows[id]
	label.TextStyle.Bold = row.finding == nil
	setText(label, p.rowText(row))
	label.Refresh()
	if row.finding == nil {
		setMark(mark, "")
		box.Hide()
		return
	}
	f := *row.finding
	add.Hide()
	if word, ok := f.Data["Word"].(string); ok && f.Check == check.Spelling && !row.ignored {
		add.OnTapped = func() { p.w.addWord(word) }
		add.Show()
	}
	if row.ignored {
		setMark(mark, "")
		button.SetText(p.w.tr.T("ActionUnignore"))
		button.OnTapped = func() { p.w.unignore(f) }
	} else {
		setMark(mark, f.Severity)
		button.SetText(p.w.tr.T("ActionIgnore"))
		button.OnTapped = func() { p.w.askIgnore(f) }
	}
	box.Show()
}

// rowText is what a row of the panel says.
func (p *findingsPanel) rowText(row panelRow) string {
	if row.finding == nil {
		return row.heading
	}
	f := *row.finding
	where := p.w.tr.T("UnitSide", "Unit", f.Unit+1, "Side", p.w.tr.T("Side_"+string(f.Side)))
	return fmt.Sprintf("%s — %s", where, f.Render(p.w.tr.T))
}

// refresh regroups the findings: severity, then check; then the ignored.
func (p *findingsPanel) refresh() {
	p.rows = p.rows[:0]
	if len(p.w.open) == 0 {
		p.rows = append(p.rows, panelRow{heading: p.w.tr.T("PanelNoFindings")})
	}
	for _, sev := range check.Severities {
		p.addGroup(p.w.tr.T("Severity_"+string(sev)), check.BySeverity(p.w.open, sev), false)
	}
	p.addGroup(p.w.tr.T("PanelIgnored"), p.w.ignored, true)
	p.sizeRows()
	p.list.Refresh()
}

// addGroup adds a heading and the findings under it, by check.
func (p *findingsPanel) addGroup(title string, group []check.Finding, ignored bool) {
	if len(group) == 0 {
		return
	}
	p.rows = append(p.rows, panelRow{heading: fmt.Sprintf("%s (%d)", title, len(group))})
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
			p.rows = append(p.rows, panelRow{finding: &same[k], ignored: ignored})
		}
	}
}

func (p *findingsPanel) setWidth(w float32) {
	p.width = w
	p.sizeRows()
}

// sizeRows gives each row the height of its wrapped text at the label's
// width: the list's, less the mark, the button and the paddings.
func (p *findingsPanel) sizeRows() {
	if p.width <= 0 {
		return
	}
	pad := theme.Padding()
	button := max(widget.NewButton(p.w.tr.T("ActionIgnore"), nil).MinSize().Width,
		widget.NewButton(p.w.tr.T("ActionUnignore"), nil).MinSize().Width)
	for id, row := range p.rows {
		w := p.width - pad - pad // the mark and its gap
		if row.finding != nil {
			w -= button + pad
		}
		// Bold headings are a little wider than the advances measured.
		measure := release.EN // at spaces
		if p.wrapping() == fyne.TextWrapBreak {
			measure = release.JA
		}
		h := p.w.editor.sizer.entryHeight(p.rowText(row), measure, w*0.95)
		p.list.SetItemHeight(id, h)
	}
}

// wrapping breaks Japanese messages anywhere, as Japanese is written:
// at spaces, "ユニット 13（英語版）" would stand alone on its first line.
func (p *findingsPanel) wrapping() fyne.TextWrap {
	if p.w.tr.IsJapanese() {
		return fyne.TextWrapBreak
	}
	return fyne.TextWrapWord
}

// editionOf is the edition to put the cursor in for a finding's side.
func editionOf(s check.Side) release.Edition {
	if s == check.JA {
		return release.JA
	}
	return release.EN
}

// addWord adds word to the user's dictionary ("Add to Dictionary" on a
// spelling finding) and checks every unit again, in this window and, since
// the dictionary is shared, on the command line too.
func (w *Window) addWord(word string) {
	if err := spelling.Shared().AddWord(word); err != nil {
		w.showError(err)
	}
	w.doc.CheckAllAgain()
	w.recheckNow()
}
