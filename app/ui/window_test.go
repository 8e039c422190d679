package ui

import (
	_ "taiyaku/app/localeenv" // no Fyne locale warning under LANG=C.UTF-8

	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"golang.org/x/text/language"

	"taiyaku/app/check"
	"taiyaku/app/importtext"
	"taiyaku/app/recovery"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
)

// newTestWindow builds the main window on the test app, in English, with
// checks run synchronously and autosaves in a temporary folder.
func newTestWindow(t *testing.T, cfg Config) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(PrefLanguage, "en")
	cfg.Runner = syncRunner{}
	if cfg.Recovery.Dir == "" {
		cfg.Recovery = recovery.Store{Dir: t.TempDir()}
	}
	w := New(a, cfg)
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Window().Show()
	return w
}

// openFlawed imports the flawed sample pair into the window.
func openFlawed(t *testing.T, w *Window) {
	t.Helper()
	r, _, err := workspace.Import("testdata/flawed-ja.txt", "testdata/flawed-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	w.setDoc(w.docFor(r, ""), false)
}

// unitWith returns the index of the first unit whose text in ed contains s.
func unitWith(t *testing.T, w *Window, ed release.Edition, s string) int {
	t.Helper()
	for i := 0; i < w.doc.Len(); i++ {
		u := w.doc.Unit(i)
		if strings.Contains(u.Text(ed), s) {
			return i
		}
	}
	t.Fatalf("no unit contains %q", s)
	return -1
}

// entryOf scrolls to unit i and returns its entry in edition ed.
func entryOf(t *testing.T, w *Window, i int, ed release.Edition) *unitEntry {
	t.Helper()
	w.focusUnit(i, ed)
	r := w.editor.rowFor(i)
	if r == nil {
		t.Fatalf("unit %d is not on screen after scrolling to it", i)
	}
	return r.entry(ed)
}

func findingsOf(w *Window, id string, unit int) []check.Finding {
	var out []check.Finding
	for _, f := range w.open {
		if f.Check == id && (unit < 0 || f.Unit == unit) {
			out = append(out, f)
		}
	}
	return out
}

// panelHas tells whether the findings panel lists a finding of check id
// for the unit.
func panelHas(w *Window, id string, unit int) bool {
	for _, row := range w.panel.rows {
		if row.finding != nil && row.finding.Check == id && row.finding.Unit == unit {
			return true
		}
	}
	return false
}

func TestOpensSampleWithItsFinding(t *testing.T) {
	w := newTestWindow(t, Config{})
	if !w.sample || w.doc.Len() != 30 {
		t.Fatalf("first run shows %d units, sample=%v", w.doc.Len(), w.sample)
	}
	i := unitWith(t, w, release.EN, "写真1")
	if !panelHas(w, check.Untranslated, i) {
		t.Fatalf("panel lacks the 写真1 finding: %+v", w.panel.rows)
	}
	if !strings.Contains(w.status.Text, "Errors: 1") {
		t.Errorf("status bar: %q", w.status.Text)
	}
}

// TestTypingAWrongNumber types into an English entry and back.
func TestTypingAWrongNumber(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "G7 and OECD")
	e := entryOf(t, w, i, release.EN)
	e.CursorRow, e.CursorColumn = 0, 0
	test.Type(e, "42 ")
	if !strings.HasPrefix(w.doc.Unit(i).EN, "42 The") {
		t.Fatalf("typing did not reach the release: %q", w.doc.Unit(i).EN)
	}
	if !panelHas(w, check.NumberMismatch, i) {
		t.Fatal("no number mismatch in the panel after typing 42")
	}
	if !strings.HasSuffix(w.win.Title(), "* — Taiyaku") {
		t.Errorf("title does not show unsaved changes: %q", w.win.Title())
	}
	for range 3 {
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	}
	if panelHas(w, check.NumberMismatch, i) {
		t.Fatal("the number mismatch stayed after the fix")
	}
}

func TestClickingAFindingFocusesItsUnit(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "写真1")
	for id, row := range w.panel.rows {
		if row.finding != nil && row.finding.Unit == i {
			w.panel.list.Select(id)
		}
	}
	r := w.editor.rowFor(i)
	if r == nil || w.win.Canvas().Focused() != fyne.Focusable(r.en) {
		t.Fatalf("focus is on %v, want the English entry of unit %d", w.win.Canvas().Focused(), i)
	}
	if w.current != i || w.currentEd != release.EN {
		t.Errorf("current unit %d/%s", w.current, w.currentEd)
	}
}

func TestLanguageSwitch(t *testing.T) {
	w := newTestWindow(t, Config{})
	menu := func() string { return w.win.MainMenu().Items[0].Label }
	if menu() != "File" || !strings.Contains(w.status.Text, "Errors") {
		t.Fatalf("English UI: menu %q, status %q", menu(), w.status.Text)
	}
	w.SetLanguage(language.Japanese)
	if menu() != "ファイル" || !strings.Contains(w.status.Text, "エラー") {
		t.Fatalf("Japanese UI: menu %q, status %q", menu(), w.status.Text)
	}
	if !strings.HasPrefix(w.panel.rows[0].heading, "エラー") {
		t.Errorf("panel heading %q", w.panel.rows[0].heading)
	}
	if w.app.Preferences().String(PrefLanguage) != "ja" {
		t.Error("the language choice was not kept")
	}
}

func TestRenumberAndUndo(t *testing.T) {
	w := newTestWindow(t, Config{})
	openFlawed(t, w)
	i := unitWith(t, w, release.EN, "Cyber resilience")
	if len(findingsOf(w, check.NumberingMismatch, i)) == 0 {
		t.Fatal("the flawed sample has no numbering mismatch")
	}
	if n := w.renumber(false, false, 2); n != 1 {
		t.Fatalf("renumbering changed %d labels, want 1", n)
	}
	if got := w.doc.Unit(i).EN; !strings.HasPrefix(got, "(4)") {
		t.Fatalf("after renumbering: %q", got)
	}
	if len(findingsOf(w, check.NumberingMismatch, -1))+len(findingsOf(w, check.NumberingSequence, -1)) != 0 {
		t.Fatalf("numbering findings remain: %+v", w.open)
	}
	w.undo()
	if got := w.doc.Unit(i).EN; !strings.HasPrefix(got, "(5)") {
		t.Fatalf("after undo: %q", got)
	}
	if len(findingsOf(w, check.NumberingMismatch, i)) == 0 {
		t.Fatal("undo did not bring the finding back")
	}
}

// TestFlawedSampleFixedThroughThePanel is the translator's whole task:
// open the flawed pair, go to each error from the findings panel, fix it
// in the entry that gets the focus, save, reopen, and see no errors.
func TestFlawedSampleFixedThroughThePanel(t *testing.T) {
	w := newTestWindow(t, Config{})
	openFlawed(t, w)
	fixes := map[string]func(ja, en string) string{
		check.DateMismatch: func(_, en string) string {
			return strings.NewReplacer("Thursday", "Wednesday", "June 2024", "July 2024").Replace(en)
		},
		check.NumberMismatch:    func(_, en string) string { return strings.ReplaceAll(en, "G20", "G7") },
		check.Untranslated:      func(_, en string) string { return strings.ReplaceAll(en, "写真1", "Photo 1") },
		check.NumberingMismatch: func(_, en string) string { return strings.Replace(en, "(5)", "(4)", 1) },
		check.MissingCounterpart: func(ja, en string) string {
			return "The two sides will advance cooperation toward future telecoms, supply chain diversification through Open RAN, and technical standards. They will further explore a bilateral R&D initiative in the field of Beyond 5G/6G."
		},
	}
	for round := 0; round < 20; round++ {
		var target *check.Finding
		for id, row := range w.panel.rows {
			if row.finding != nil && row.finding.Severity == check.Error {
				w.panel.list.Select(id)
				target = row.finding
				break
			}
		}
		if target == nil {
			break
		}
		fix, ok := fixes[target.Check]
		if !ok {
			t.Fatalf("no fix for %s on unit %d", target.Check, target.Unit)
		}
		e, isEntry := w.win.Canvas().Focused().(*unitEntry)
		if !isEntry {
			t.Fatalf("selecting %s did not focus an entry", target.Check)
		}
		u := w.doc.Unit(target.Unit)
		e.SetText(fix(u.JA, u.EN)) // what the translator types in the focused entry
	}
	if errs := check.Count(w.open)[check.Error]; errs != 0 {
		t.Fatalf("%d errors left: %+v", errs, w.open)
	}
	path := filepath.Join(t.TempDir(), "fixed.taiyaku")
	w.saveTo(path)
	if w.doc.Dirty() {
		t.Fatal("still dirty after saving")
	}
	again := newTestWindow(t, Config{Path: path})
	if again.doc.Path() != path || check.Count(again.open)[check.Error] != 0 {
		t.Fatalf("reopened %q with findings %+v", again.doc.Path(), again.open)
	}
}

func TestImportPairedSummary(t *testing.T) {
	_, sum, err := workspace.Import("testdata/flawed-ja.txt", "testdata/flawed-en.txt")
	if err != nil || sum.OnlyJA != 1 || sum.OnlyEN != 0 {
		t.Fatalf("summary %+v, %v", sum, err)
	}
	ja, en := orderEditions("testdata/flawed-en.txt", "testdata/flawed-ja.txt")
	if !strings.HasSuffix(ja, "ja.txt") || !strings.HasSuffix(en, "en.txt") {
		t.Fatalf("dropped files ordered as %s, %s", ja, en)
	}
	_ = importtext.Summary{}
}

// TestClickingARowMakesItCurrent: a click on a row outside its entries
// selects the unit that Set Status and the other unit actions act on.
func TestClickingARowMakesItCurrent(t *testing.T) {
	w := newTestWindow(t, Config{})
	w.editor.list.Select(3)
	if w.current != 3 {
		t.Fatalf("current unit %d after selecting row 4", w.current)
	}
	w.setStatus(0, []release.Edition{release.JA, release.EN}, release.Reviewed)
	if u := w.doc.Unit(3); u.StatusJA != release.Reviewed || u.StatusEN != release.Reviewed {
		t.Fatalf("row 4 statuses %s/%s", u.StatusJA, u.StatusEN)
	}
}

// TestEmptiedRelease: deleting every unit leaves a window whose unit
// actions do nothing instead of failing.
func TestEmptiedRelease(t *testing.T) {
	w := newTestWindow(t, Config{})
	for w.doc.Len() > 0 {
		w.doc.Delete(0)
	}
	w.afterReshape(0)
	w.current = 0
	w.splitUnit()
	w.mergeUnit()
	w.moveUnit(1)
	w.deleteUnit()
	w.commentDialog()
	w.statusDialog()
	w.insertUnit()
	if w.doc.Len() != 1 {
		t.Fatalf("insert into an empty release gave %d units", w.doc.Len())
	}
}
