package ui

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/language"

	"taiyaku/app/approval"
	"taiyaku/app/check"
	"taiyaku/app/editor"
	"taiyaku/app/numbering"
	"taiyaku/app/recovery"
	"taiyaku/app/release"
	"taiyaku/app/storage"
	"taiyaku/app/workspace"
	"taiyaku/i18n"
)

// Config is what the window is started with.
type Config struct {
	Path     string           // a release to open; "" opens the last one or the sample
	Recovery recovery.Store   // where autosaves go
	Debounce time.Duration    // pause after typing before re-checking; 0: 300 ms
	Runner   Runner           // runs work off the UI goroutine; nil: goroutines and timers
	Clock    func() time.Time // the time approvals, comments and the trail record; nil: time.Now
	FontDirs []string         // where to look for a Japanese font; nil: the system's
}

// Window is the main window: outline, the two editions, findings.
type Window struct {
	app fyne.App
	win fyne.Window
	cfg Config
	tr  *i18n.Localizer
	doc *editor.Doc

	recoveryKey string // the autosave key of an untitled release
	lock        *storage.Lock
	readOnly    bool // someone else holds the release's lock
	pending     []func()
	sample      bool // showing the built-in sample: Save asks for a path

	open, ignored []check.Finding
	sev           []check.Severity // worst open finding of each unit
	spareSev      []check.Severity // the table before, reused by the next findings

	current      int // the unit the user is in
	currentEd    release.Edition
	swapped      bool
	showPanel    bool
	editor       *editorView
	outline      *outlineView
	panel        *findingsPanel
	review       *reviewPanels
	status       *widget.Label
	fullRedraw   bool // the next findings redraw everything (a new release, an edit of many units)
	outlineStale bool // a heading's text changed
	timerMu      sync.Mutex
	stopRecheck  func() // cancels the re-check scheduled after typing
	findingsGen  uint64 // the document generation of the findings shown
	lastNotice   string // the last background failure shown
	stopAutosave chan struct{}
	modals       []*modal // the open dialogs, the top one last
}

// New builds the main window of app a; it does not show it.
func New(a fyne.App, cfg Config) *Window {
	if cfg.Debounce == 0 {
		cfg.Debounce = 300 * time.Millisecond
	}
	if cfg.Runner == nil {
		cfg.Runner = goRunner{}
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	w := &Window{app: a, cfg: cfg, recoveryKey: recovery.Untitled(), currentEd: release.JA}
	w.tr = i18n.New(w.languagePref())
	a.Settings().SetTheme(themeFor(a.Preferences().StringWithFallback(PrefTheme, "system")))
	w.swapped = a.Preferences().Bool(PrefSwapped)
	w.showPanel = a.Preferences().BoolWithFallback(PrefFindings, true)
	w.win = a.NewWindow("Taiyaku")
	w.win.Resize(fyne.NewSize(1280, 800))
	w.win.SetCloseIntercept(func() { w.confirmDiscard(w.closeNow) })
	w.win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { w.dropped(uris) })
	w.setDoc(w.startDoc(), false)
	return w
}

// Window returns the Fyne window.
func (w *Window) Window() fyne.Window { return w.win }

// Doc returns the document shown.
func (w *Window) Doc() *editor.Doc { return w.doc }

// languagePref is the saved UI language, or the system's.
func (w *Window) languagePref() language.Tag {
	if s := w.app.Preferences().String(PrefLanguage); s != "" {
		return i18n.Match(s)
	}
	return i18n.Detect()
}

// startDoc opens the release the window starts with: the one asked for,
// else the most recent one, else the built-in sample.
func (w *Window) startDoc() *editor.Doc {
	paths := recentFiles(w.app.Preferences())
	if w.cfg.Path != "" {
		paths = []string{w.cfg.Path}
	}
	for k, p := range paths {
		d, err := openDoc(p)
		if err == nil {
			return d
		}
		if k == 0 && w.cfg.Path != "" {
			w.later(func() { w.showError(err) })
		}
	}
	return w.sampleDoc()
}

// sampleDoc is the built-in sample release, unsaved.
func (w *Window) sampleDoc() *editor.Doc {
	r := workspace.Sample()
	w.sample = true
	return w.docFor(r, "")
}

// setDoc shows a document; fresh tells whether it came from a file the
// user just chose (so it joins the recent files).
func (w *Window) setDoc(d *editor.Doc, fresh bool) {
	w.doc, w.findingsGen = d, 0
	if d.Path() != "" {
		w.sample = false
		if fresh {
			addRecent(w.app.Preferences(), d.Path())
		}
	}
	w.current = 0
	w.lockDoc()
	w.rebuild()
	w.recheckNow()
	w.reportTrail()
	w.runPending()
}

// reportTrail warns when the opened file's trail was tampered with:
// entries reordered, edited or removed by hand.
func (w *Window) reportTrail() {
	var lines []string
	for _, p := range approval.Verify(w.doc.Snapshot()) {
		lines = append(lines, p.Message(w.tr.T))
	}
	if len(lines) > 0 {
		w.later(func() {
			w.showInfo(w.tr.T("DialogTrailTitle"), strings.Join(lines, "\n"))
		})
	}
}

// rebuild makes the window's content and menus anew: after a language
// switch, or when another release is opened. The caller redraws (a
// re-check does), so that a large release is drawn once, not twice.
func (w *Window) rebuild() {
	w.editor = newEditorView(w)
	w.outline = newOutlineView(w)
	w.panel = newFindingsPanel(w)
	w.review = newReviewPanels(w)
	w.status = newStatusBar()
	center := fyne.CanvasObject(w.editor.root)
	if w.showPanel {
		tabs := container.NewAppTabs(
			container.NewTabItem(w.tr.T("PanelFindings"), w.panel.root),
			container.NewTabItem(w.tr.T("PanelComments"), w.review.cList),
			container.NewTabItem(w.tr.T("PanelHistory"), w.review.history),
		)
		split := container.NewHSplit(w.editor.root, tabs)
		split.Offset = 0.72
		center = split
	}
	main := container.NewHSplit(w.outline.root, center)
	main.Offset = 0.2
	w.win.SetContent(container.NewBorder(nil, w.status, nil, nil, main))
	w.win.SetMainMenu(w.mainMenu())
}

// refreshAll brings title, outline, panel, rows and status up to date.
func (w *Window) refreshAll() {
	w.updateTitle()
	w.editor.list.Refresh()
	w.outline.refresh()
	w.panel.refresh()
	w.review.refresh()
	w.updateStatus()
}

func (w *Window) updateTitle() {
	name := w.tr.T("TitleUntitled")
	if p := w.doc.Path(); p != "" {
		name = titlePath(p)
	} else if w.sample {
		name = w.tr.T("TitleSample")
	}
	mark := ""
	if w.doc.Dirty() {
		mark = " *"
	}
	if w.readOnly {
		mark += " (" + w.tr.T("TitleReadOnly") + ")"
	}
	w.win.SetTitle(fmt.Sprintf("%s%s — Taiyaku", name, mark))
}

// updateStatus shows the counts of findings, comments and reviewed
// units, and each edition's approval.
func (w *Window) updateStatus() {
	c := check.Count(w.open)
	ja, en := w.doc.Reviewed()
	setText(w.status, w.tr.T("StatusCounts", "Errors", c[check.Error], "Warnings", c[check.Warning], "Infos", c[check.Info],
		"Ignored", len(w.ignored), "Units", w.doc.Len(), "Comments", len(w.review.comments),
		"ReviewedJA", ja, "ReviewedEN", en)+"   "+w.stateText(release.JA)+"   "+w.stateText(release.EN))
}

// textChanged records a keystroke's result in the document.
func (w *Window) textChanged(i int, ed release.Edition, s string) {
	before := w.doc.Unit(i)
	w.doc.SetText(i, ed, s)
	after := w.doc.Unit(i)
	if after.Kind == release.Heading || after.Kind == release.Title || outlineLabel(before.Text(ed)) != outlineLabel(s) {
		w.outlineStale = true
	}
	w.editor.resize(i)
	w.updateTitle()
	w.scheduleRecheck()
}

// scheduleRecheck re-checks after a pause in typing, off the UI goroutine;
// the findings reach the UI through fyne.Do.
func (w *Window) scheduleRecheck() {
	doc := w.doc
	w.timerMu.Lock()
	defer w.timerMu.Unlock()
	if w.stopRecheck != nil {
		w.stopRecheck()
	}
	w.stopRecheck = w.cfg.Runner.After(w.cfg.Debounce, func() { w.recheckOff(doc) })
}

// recheckNow re-checks at once, off the UI goroutine (a full check of a
// large release takes a while), and redraws everything when done.
func (w *Window) recheckNow() {
	w.fullRedraw = true
	doc := w.doc
	w.cfg.Runner.Go(func() { w.recheckOff(doc) })
}

// recheckOff checks a frozen snapshot of doc on the calling goroutine (not
// the UI's) and shows the findings, unless the window shows another
// document by then or doc was edited since the snapshot: then a newer
// re-check is on its way and these findings are dropped.
func (w *Window) recheckOff(doc *editor.Doc) {
	res := doc.Recheck()
	fyne.Do(func() {
		if w.doc == doc && doc.Current(res) && res.Gen >= w.findingsGen {
			w.findingsGen = res.Gen
			w.applyFindings(res.Open, res.Ignored)
		}
	})
}

// applyFindings shows new findings everywhere they appear. After a
// keystroke only what changed is redrawn: the rows whose mark changed, the
// outline when a mark or a heading changed, the panel when the findings
// did; a 10,000-unit release stays within a frame.
func (w *Window) applyFindings(open, ignored []check.Finding) {
	oldOpen, oldSev := w.open, w.sev
	w.open, w.ignored = open, ignored
	// The two severity tables take turns: a keystroke allocates none.
	w.sev, w.spareSev = resized(w.spareSev, w.doc.Len()), oldSev
	for _, f := range open {
		if f.Unit < len(w.sev) && worse(f.Severity, w.sev[f.Unit]) {
			w.sev[f.Unit] = f.Severity
		}
	}
	if w.fullRedraw || len(oldSev) != len(w.sev) {
		w.fullRedraw, w.outlineStale = false, false
		w.refreshAll()
		return
	}
	marks := false
	for i := range w.sev {
		if w.sev[i] != oldSev[i] {
			marks = true
			w.editor.list.RefreshItem(i)
		}
	}
	if marks || w.outlineStale {
		w.outlineStale = false
		w.outline.refresh()
	}
	if !sameFindings(oldOpen, open) {
		w.panel.refresh()
	}
	w.updateStatus()
}

// sameFindings tells whether two sorted finding lists say the same.
func sameFindings(a, b []check.Finding) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Check != b[i].Check || a[i].Unit != b[i].Unit || a[i].Side != b[i].Side || fmt.Sprint(a[i].Data) != fmt.Sprint(b[i].Data) {
			return false
		}
	}
	return true
}

// worse tells whether severity a outranks b ("" ranks lowest).
func worse(a, b check.Severity) bool { return rank(a) > rank(b) }

func rank(s check.Severity) int {
	switch s {
	case check.Error:
		return 3
	case check.Warning:
		return 2
	case check.Info:
		return 1
	}
	return 0
}

// resized is s cleared and of length n, reusing its array when it can.
func resized(s []check.Severity, n int) []check.Severity {
	if cap(s) < n {
		return make([]check.Severity, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (w *Window) unitSeverity(i int) check.Severity {
	if i < len(w.sev) {
		return w.sev[i]
	}
	return ""
}

// rowHeader is the caption above a unit: number, kind, marks (the
// statuses are badges over their columns, see rowCaption).
func (w *Window) rowHeader(i int, u *release.Unit) string {
	s := w.tr.T("RowHeader", "Unit", i+1, "Kind", w.tr.T("Kind_"+string(u.Kind)))
	if u.OneSided() {
		s += " · " + w.tr.T("RowOneSided")
	}
	if n := w.review.openComments(u.ID); n > 0 {
		s += " · " + w.tr.N("RowComments", n)
	}
	return s
}

// setCurrent remembers where the user is typing, and marks the row.
func (w *Window) setCurrent(i int, ed release.Edition) {
	if i < 0 {
		return
	}
	w.current, w.currentEd = i, ed
	if w.editor != nil && w.editor.selected != i {
		w.editor.selected = i
		w.editor.list.Select(i)
	}
}

// focusUnit scrolls to unit i and puts the cursor in edition ed.
func (w *Window) focusUnit(i int, ed release.Edition) {
	if i < 0 || i >= w.doc.Len() {
		return
	}
	w.current, w.currentEd = i, ed
	w.editor.scrollToMiddle(i)
	r := w.editor.rowFor(i)
	if r == nil {
		w.editor.list.Refresh()
		r = w.editor.rowFor(i)
	}
	if r != nil {
		w.win.Canvas().Focus(r.entry(ed))
	}
}

// later runs f on the UI goroutine once the window is built: a dialog
// asked for while a release opens. runPending, at the end of the opening,
// hands them to the UI goroutine's queue.
func (w *Window) later(f func()) { w.pending = append(w.pending, f) }

// runPending runs what later put aside, after the current UI event.
func (w *Window) runPending() {
	fs := w.pending
	w.pending = nil
	if len(fs) == 0 {
		return
	}
	w.cfg.Runner.Go(func() {
		fyne.Do(func() {
			for _, f := range fs {
				f()
			}
		})
	})
}

// closeNow closes the window and drops the autosave of clean work.
func (w *Window) closeNow() {
	w.stopAutosaving()
	// The window is closing: no one to tell. A recovery file left behind
	// is offered at the next start, which loses nothing.
	_ = w.cfg.Recovery.Discard(w.autosaveKey())
	w.releaseLock()
	w.win.Close()
}

// setText changes a label only when its text differs: every SetText
// measures and redraws the label.
func setText(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// outlineLabel is the numbering label a text starts with, "" if none.
func outlineLabel(s string) string {
	if l, ok := numbering.Parse(s); ok {
		return l.Raw
	}
	return ""
}
