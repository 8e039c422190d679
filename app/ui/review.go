package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taiyaku/app/approval"
	"taiyaku/app/outline"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
)

// outlineLevels is the Japanese edition's heading levels, the source's.
func outlineLevels(r *release.Release) []int { return outline.Levels(r, release.JA) }

// reviewPanels are the Comments and History tabs beside the findings.
type reviewPanels struct {
	w        *Window
	comments []release.Comment // open comments, in unit order
	cList    *widget.List
	history  *widget.List
	trail    []release.Event
	snap     *release.Release // what the tabs show, for unit numbers
}

// units is the release the tabs show (empty before the first refresh).
func (p *reviewPanels) units() *release.Release {
	if p == nil || p.snap == nil {
		return &release.Release{}
	}
	return p.snap
}

func newReviewPanels(w *Window) *reviewPanels {
	p := &reviewPanels{w: w}
	p.cList = widget.NewList(func() int { return len(p.comments) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewButton(w.tr.T("ActionReply"), nil), widget.NewButton(w.tr.T("ActionResolve"), nil)), l)
	}, p.fillComment)
	p.cList.OnSelected = func(id widget.ListItemID) {
		if id < len(p.comments) {
			c := p.comments[id]
			if i := w.doc.Snapshot().Index(c.UnitID); i >= 0 {
				w.focusUnit(i, c.Edition)
			}
		}
		p.cList.UnselectAll()
	}
	p.history = widget.NewList(func() int { return len(p.trail) }, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		e := p.trail[id]
		l := o.(*widget.Label)
		setText(l, historyLine(w, e))
	})
	return p
}

func (p *reviewPanels) fillComment(id widget.ListItemID, o fyne.CanvasObject) {
	c := p.comments[id]
	box := o.(*fyne.Container)
	label := box.Objects[0].(*widget.Label)
	buttons := box.Objects[1].(*fyne.Container)
	setText(label, p.commentText(c))
	buttons.Objects[0].(*widget.Button).OnTapped = func() { p.w.askReply(c.ID) }
	buttons.Objects[1].(*widget.Button).OnTapped = func() { p.w.resolveComment(c.ID) }
}

// commentText is what the Comments tab shows of a comment.
func (p *reviewPanels) commentText(c release.Comment) string {
	where := p.w.tr.T("Side_" + string(c.Edition))
	if i := p.units().Index(c.UnitID); i >= 0 {
		where = p.w.tr.T("UnitSide", "Unit", i+1, "Side", where)
	}
	text := fmt.Sprintf("%s — %s (%s)\n%s", where, c.Author, localTime(c.At), c.Text)
	for _, r := range c.Replies {
		text += fmt.Sprintf("\n  ↳ %s: %s", r.Author, r.Text)
	}
	return text
}

// historyLine is what the History tab shows of a trail event.
func historyLine(w *Window, e release.Event) string {
	return fmt.Sprintf("%d · %s · %s · %s\n%s", e.Seq, localTime(e.At), e.Who, w.tr.T("Event_"+e.Kind), historyDetail(w.tr, e.Detail, w.review.units()))
}

// refresh reads the open comments and the trail anew.
func (p *reviewPanels) refresh() {
	p.snap = p.w.doc.Snapshot()
	p.comments = approval.Open(p.snap)
	p.trail = append(p.trail[:0], p.snap.Review.Trail...)
	for id, c := range p.comments {
		p.cList.SetItemHeight(id, wrappedHeight(p.commentText(c), 20))
	}
	for id, e := range p.trail {
		p.history.SetItemHeight(id, wrappedHeight(historyLine(p.w, e), 28))
	}
	p.cList.Refresh()
	p.history.Refresh()
}

// openComments counts the open comments on a unit.
func (p *reviewPanels) openComments(unitID string) int {
	n := 0
	for _, c := range p.comments {
		if c.UnitID == unitID {
			n++
		}
	}
	return n
}

// localTime shows an RFC 3339 time in the user's time zone.
func localTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return t.Local().Format("2006-01-02 15:04")
}

// reviewChanged redraws after a review change.
func (w *Window) reviewChanged() {
	w.updateTitle()
	w.review.refresh()
	w.updateStatus()
	w.editor.list.Refresh()
}

// approveDialog approves an edition in the name and role the user
// confirms (taken from the preferences and kept there).
func (w *Window) approveDialog(ed release.Edition) {
	p := w.app.Preferences()
	name, role := w.newField(false), w.newField(false)
	name.SetText(p.String(PrefUserName))
	role.SetText(p.String(PrefUserRole))
	need := func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(w.tr.T("DialogNeedValue"))
		}
		return nil
	}
	name.Validator, role.Validator = need, need
	items := []*widget.FormItem{
		widget.NewFormItem(w.tr.T("LabelEditions"), widget.NewLabel(w.tr.T("Side_"+string(ed)))),
		widget.NewFormItem(w.tr.T("LabelName"), name),
		widget.NewFormItem(w.tr.T("LabelRole"), role),
	}
	if warn := w.approveWarnings(); warn != nil {
		items = append(items, widget.NewFormItem("", warn))
	}
	w.showForm(w.tr.T("DialogApproveTitle"), w.tr.T("ActionApprove"), items, func() {
		p.SetString(PrefUserName, strings.TrimSpace(name.Text))
		p.SetString(PrefUserRole, strings.TrimSpace(role.Text))
		w.approve(ed, strings.TrimSpace(name.Text), strings.TrimSpace(role.Text))
	})
}

// approve records an approval of edition ed.
func (w *Window) approve(ed release.Edition, name, role string) {
	err := w.doc.ChangeReview(func(r *release.Release) error {
		return workspace.Approve(r, ed, workspace.User{Name: name, Role: role, KeyDir: workspace.DefaultKeyDir()}, w.cfg.Clock())
	})
	if err != nil {
		w.showError(err)
	}
	w.reviewChanged()
}

// withdrawDialog asks why an approval is withdrawn.
func (w *Window) withdrawDialog(ed release.Edition) {
	w.askReason(w.tr.T("DialogWithdrawTitle", "Edition", w.tr.T("Side_"+string(ed))), w.tr.T("ActionWithdraw"), w.tr.T("DialogNeedValue"), nil,
		func(reason string) { w.withdraw(ed, reason) })
}

func (w *Window) withdraw(ed release.Edition, reason string) {
	err := w.doc.ChangeReview(func(r *release.Release) error {
		return workspace.Withdraw(r, ed, reason, w.who(), w.cfg.Clock())
	})
	if err != nil {
		w.showError(err)
	}
	w.reviewChanged()
}

// stateText says how an edition stands: not approved, approved by whom
// and when, or changed since approval.
func (w *Window) stateText(ed release.Edition) string {
	st, a := approval.NotApproved, (*release.Approval)(nil)
	if w.doc.Approved(ed) { // else no copy of the release after every keystroke
		st, a = approval.StateOf(w.doc.Snapshot(), ed)
	}
	side := w.tr.T("Side_" + string(ed))
	switch {
	case st == approval.Approved && a != nil:
		return w.tr.T("StateApproved", "Edition", side, "Name", a.Name, "Role", a.Role, "At", localTime(a.At))
	case st == approval.Changed:
		return w.tr.T("StateChanged", "Edition", side)
	}
	return w.tr.T("StateNotApproved", "Edition", side)
}

// commentDialog attaches a comment to the current unit and edition.
func (w *Window) commentDialog() {
	if !w.hasCurrent() {
		return
	}
	text := w.newField(true)
	i, ed := w.current, w.currentEd
	items := []*widget.FormItem{
		widget.NewFormItem(w.tr.T("LabelUnit"), widget.NewLabel(w.tr.T("UnitSide", "Unit", i+1, "Side", w.tr.T("Side_"+string(ed))))),
		widget.NewFormItem(w.tr.T("LabelComment"), text),
	}
	w.showForm(w.tr.T("DialogCommentTitle"), w.tr.T("ActionAddComment"), items, func() {
		if strings.TrimSpace(text.Text) != "" {
			w.addComment(i, ed, strings.TrimSpace(text.Text))
		}
	})
}

func (w *Window) addComment(i int, ed release.Edition, text string) {
	err := w.doc.ChangeReview(func(r *release.Release) error {
		_, err := approval.AddComment(r, r.Units[i].ID, ed, w.user(), text, w.cfg.Clock())
		return err
	})
	if err != nil {
		w.showError(err)
	}
	w.reviewChanged()
}

func (w *Window) askReply(id string) {
	text := w.newField(true)
	items := []*widget.FormItem{widget.NewFormItem(w.tr.T("LabelComment"), text)}
	w.showForm(w.tr.T("DialogReplyTitle"), w.tr.T("ActionReply"), items, func() {
		if strings.TrimSpace(text.Text) != "" {
			w.reply(id, strings.TrimSpace(text.Text))
		}
	})
}

func (w *Window) reply(id, text string) {
	if err := w.doc.ChangeReview(func(r *release.Release) error { return approval.Reply(r, id, w.user(), text, w.cfg.Clock()) }); err != nil {
		w.showError(err)
	}
	w.reviewChanged()
}

func (w *Window) resolveComment(id string) {
	if err := w.doc.ChangeReview(func(r *release.Release) error { return approval.Resolve(r, id, w.user(), w.cfg.Clock()) }); err != nil {
		w.showError(err)
	}
	w.reviewChanged()
}

// statusDialog sets the status of one or both editions for the current
// unit, its section, or the whole release: one undoable step, logged in
// the trail when it covers more than one unit.
func (w *Window) statusDialog() {
	if w.doc.Len() == 0 {
		return
	}
	eds := []string{w.tr.T("Side_ja"), w.tr.T("Side_en"), w.tr.T("Side_both")}
	edition := widget.NewRadioGroup(eds, nil)
	edition.SetSelected(eds[2])
	statuses := []release.Status{release.Draft, release.Translated, release.Reviewed}
	var names []string
	for _, s := range statuses {
		names = append(names, w.tr.T("Status_"+string(s)))
	}
	status := widget.NewSelect(names, nil)
	status.SetSelectedIndex(2)
	scopes := []string{w.tr.T("ScopeUnit"), w.tr.T("ScopeSection"), w.tr.T("ScopeAll")}
	scope := widget.NewRadioGroup(scopes, nil)
	scope.SetSelected(scopes[0])
	items := []*widget.FormItem{
		widget.NewFormItem(w.tr.T("LabelEditions"), edition),
		widget.NewFormItem(w.tr.T("LabelStatus"), status),
		widget.NewFormItem(w.tr.T("LabelScope"), scope),
	}
	w.showForm(w.tr.T("DialogStatusTitle"), w.tr.T("ActionApply"), items, func() {
		w.setStatus(indexOf(scopes, scope.Selected), exportEditions(indexOf(eds, edition.Selected)), statuses[status.SelectedIndex()])
	})
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return 0
}

// setStatus applies a status to a scope (0 unit, 1 section, 2 all).
func (w *Window) setStatus(scope int, eds []release.Edition, st release.Status) {
	idx := w.scopeUnits(scope)
	for _, ed := range eds {
		w.doc.SetStatus(idx, ed, st)
	}
	if len(idx) > 1 {
		// Language-neutral, as the command line writes it; the History
		// tab renders it in the UI language (historyDetail).
		_ = w.doc.ChangeReview(func(r *release.Release) error {
			for _, ed := range eds {
				detail := "units=" + strconv.Itoa(len(idx)) + " status=" + string(st) + " edition=" + string(ed)
				approval.Append(r, "status", w.user(), detail, "", w.cfg.Clock())
			}
			return nil
		})
	}
	w.editor.list.Refresh()
	w.reviewChanged()
}

// scopeUnits lists the units of the current unit (0), its section (1) or
// the release (2). A section runs from the heading above the current unit
// to the next heading of the same or a higher level.
func (w *Window) scopeUnits(scope int) []int {
	n := w.doc.Len()
	levels := outlineLevels(w.doc.Snapshot())
	from, to := w.current, w.current+1
	switch scope {
	case 2:
		from, to = 0, n
	case 1:
		for from > 0 && levels[from] == 0 {
			from--
		}
		lv := levels[from]
		for to < n && (levels[to] == 0 || (lv > 0 && levels[to] > lv)) {
			to++
		}
	}
	idx := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		idx = append(idx, i)
	}
	return idx
}

// changesDialog shows, for an edition changed since its approval, the
// units added, removed, edited or moved, the approved text beside the
// text now.
func (w *Window) changesDialog(ed release.Edition) {
	var changes []approval.Change
	var st approval.State
	r := w.doc.Snapshot()
	st, _ = approval.StateOf(r, ed)
	changes = approval.Changes(r, ed)
	if st == approval.NotApproved || len(changes) == 0 {
		w.showInfo(w.tr.T("DialogChangesTitle"), w.tr.T("DialogChangesNone", "Edition", w.tr.T("Side_"+string(ed))))
		return
	}
	grid := container.NewGridWithColumns(3,
		widget.NewLabelWithStyle(w.tr.T("LabelChange"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(w.tr.T("LabelApprovedText"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(w.tr.T("LabelTextNow"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, c := range changes {
		where := w.tr.T("Change_"+string(c.Kind)) + " · " + c.ID
		if c.Index >= 0 {
			where = w.tr.T("Change_"+string(c.Kind)) + " · " + w.tr.T("UnitSide", "Unit", c.Index+1, "Side", w.tr.T("Side_"+string(ed)))
		}
		l := widget.NewLabel(where)
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
		old, now := diffTexts(c.Old, c.New)
		grid.Add(old)
		grid.Add(now)
	}
	scroll := container.NewVScroll(grid)
	scroll.SetMinSize(fyne.NewSize(760, 420))
	w.showCustom(w.tr.T("DialogChangesTitle"), w.tr.T("ActionClose"), scroll)
}

// finalGate tells what blocks a final export now (nil when nothing does).
func (w *Window) finalGate() []string {
	b := workspace.StatusOf(w.doc.Snapshot(), w.open, w.ignored, w.trustedKeys()).Blockers
	if b.OK() {
		return nil
	}
	return b.Lines(w.tr.T)
}
