package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taiyaku/app/approval"
	"taiyaku/app/release"
	"taiyaku/app/workspace"
)

func stateOf(w *Window, ed release.Edition) approval.State {
	st, _ := approval.StateOf(w.doc.Snapshot(), ed)
	return st
}

// TestApproveEditUndo: an approval goes stale at the first edit and is
// current again when undo brings back the approved text.
func TestApproveEditUndo(t *testing.T) {
	w := newTestWindow(t, Config{})
	w.approve(release.EN, "Sato Hanako", "Press officer")
	if stateOf(w, release.EN) != approval.Approved || !strings.Contains(w.status.Text, "Sato Hanako") {
		t.Fatalf("after approving: %v, status %q", stateOf(w, release.EN), w.status.Text)
	}
	i := unitWith(t, w, release.EN, "G7 and OECD")
	e := entryOf(t, w, i, release.EN)
	e.SetText(strings.Replace(e.Text, "G7", "G8", 1))
	if stateOf(w, release.EN) != approval.Changed || !strings.Contains(w.status.Text, "changed since approval") {
		t.Fatalf("after an edit: %v, status %q", stateOf(w, release.EN), w.status.Text)
	}
	changes := approval.Changes(w.doc.Snapshot(), release.EN)
	if len(changes) != 1 || !strings.Contains(changes[0].New, "G8") {
		t.Fatalf("changes since approval: %+v", changes)
	}
	w.undo()
	if stateOf(w, release.EN) != approval.Approved {
		t.Fatalf("after undo: %v", stateOf(w, release.EN))
	}
	w.withdraw(release.EN, "the ministry asked for a change")
	if stateOf(w, release.EN) != approval.NotApproved {
		t.Fatal("withdrawal did not take")
	}
	var kinds []string
	for _, e := range w.doc.Snapshot().Review.Trail {
		kinds = append(kinds, e.Kind)
	}
	if strings.Join(kinds, ",") != "approve,withdraw" || len(w.review.trail) != 2 {
		t.Fatalf("trail %v, history tab %d", kinds, len(w.review.trail))
	}
}

// TestCommentsBlockFinalExport: an open comment blocks the final export
// until it is resolved; an override with a reason passes and is logged.
func TestCommentsBlockFinalExport(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "写真1")
	e := entryOf(t, w, i, release.EN)
	e.SetText("Photo 1")
	w.approve(release.JA, "Tanaka", "Translator")
	w.approve(release.EN, "Sato", "Press officer")
	if lines := w.finalGate(); lines != nil {
		t.Fatalf("gate closed with both approved and no errors: %v", lines)
	}
	w.current, w.currentEd = i, release.EN
	w.addComment(i, release.EN, "Is the caption final?")
	if len(w.review.comments) != 1 || w.finalGate() == nil {
		t.Fatalf("comment not open or not blocking: %d comments", len(w.review.comments))
	}
	// A final export records itself in the saved release: save it first.
	if err := w.doc.Save(filepath.Join(t.TempDir(), "release.taiyaku")); err != nil {
		t.Fatal(err)
	}
	refused := t.TempDir()
	w.runExport(finalExport(refused, ""))
	if files, _ := os.ReadDir(refused); len(files) != 0 || trailHas(w, "export") {
		t.Fatalf("final export passed the gate with an open comment: wrote %d files", len(files))
	}
	w.reply(w.review.comments[0].ID, "Yes, approved by the division.")
	w.resolveComment(w.review.comments[0].ID)
	if w.finalGate() != nil {
		t.Fatal("gate still closed after resolving")
	}
	// Break it again, then override.
	e.SetText("写真1")
	if w.finalGate() == nil {
		t.Fatal("an open error and a stale approval do not block")
	}
	dir := t.TempDir()
	w.runExport(finalExport(dir, "urgent correction, approved by phone"))
	report, err := os.ReadFile(filepath.Join(dir, "release.report.txt"))
	if err != nil || !strings.Contains(string(report), "urgent correction") {
		t.Fatalf("report: %v\n%s", err, report)
	}
	if !trailHas(w, "override") || !trailHas(w, "export") {
		t.Fatal("the final export is not in the trail")
	}
}

// TestFailedFinalExportLeavesNoTrail: when the files cannot be written,
// the trail does not say the export happened.
func TestFailedFinalExportLeavesNoTrail(t *testing.T) {
	w := newTestWindow(t, Config{})
	blocked := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocked, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w.runExport(finalExport(filepath.Join(blocked, "sub"), "urgent"))
	if trailHas(w, "export") || trailHas(w, "override") {
		t.Fatal("a failed export was recorded in the trail")
	}
}

func finalExport(dir, override string) workspace.Export {
	return workspace.Export{Dir: dir, Base: "release", Editions: []release.Edition{release.JA, release.EN},
		Format: "html", Final: true, Override: override}
}

func trailHas(w *Window, kind string) bool {
	for _, e := range w.doc.Snapshot().Review.Trail {
		if e.Kind == kind {
			return true
		}
	}
	return false
}

// TestSetStatusForSection sets the English status of a whole section in
// one undoable step, logged once in the trail.
func TestSetStatusForSection(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "Semiconductors")
	w.current = i + 1
	w.setStatus(1, []release.Edition{release.EN}, release.Reviewed)
	var n int
	for _, u := range w.doc.Snapshot().Units {
		if u.StatusEN == release.Reviewed {
			n++
		}
	}
	if n != 2 || !strings.Contains(w.status.Text, "EN 2") {
		t.Fatalf("%d units reviewed, status %q", n, w.status.Text)
	}
	w.undo()
	w.updateStatus()
	if strings.Contains(w.status.Text, "EN 2") {
		t.Fatal("undo left the statuses")
	}
}

// TestSecondWindowIsReadOnly: a release open in one window opens read-only
// in another, which can take the lock over.
func TestSecondWindowIsReadOnly(t *testing.T) {
	first := newTestWindow(t, Config{})
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	first.saveTo(path)
	second := newTestWindow(t, Config{Path: path})
	if !second.readOnly || !strings.Contains(second.win.Title(), "read-only") {
		t.Fatalf("second window: readOnly=%v title %q", second.readOnly, second.win.Title())
	}
	if r := second.editor.rowFor(6); r != nil && !r.en.Disabled() {
		t.Error("entries are editable in a read-only window")
	}
	first.closeNow()
	second.lockDoc()
	if second.readOnly {
		t.Fatal("the lock was not free after the first window closed")
	}
}

// TestTamperedTrailReportedOnOpen: a trail entry edited by hand is
// reported when the release opens.
func TestTamperedTrailReportedOnOpen(t *testing.T) {
	w := newTestWindow(t, Config{})
	w.approve(release.JA, "Tanaka", "Translator")
	w.approve(release.EN, "Sato", "Press officer")
	path := filepath.Join(t.TempDir(), "r.taiyaku")
	w.saveTo(path)
	w.closeNow()
	r, err := release.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r.Review.Trail[0].Who = "Someone else"
	if err := release.Save(path, r); err != nil {
		t.Fatal(err)
	}
	again := newTestWindow(t, Config{Path: path})
	if n := len(again.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d dialogs on opening a tampered release, want 1", n)
	}
}

// TestIgnoreIsLogged: ignoring a finding stores it and logs it.
func TestIgnoreIsLogged(t *testing.T) {
	w := newTestWindow(t, Config{})
	f := w.open[0]
	w.ignore(f, "caption left in Japanese on purpose")
	if len(w.ignored) != 1 || len(w.open) != 0 {
		t.Fatalf("open %d, ignored %d", len(w.open), len(w.ignored))
	}
	if len(w.review.trail) != 1 || w.review.trail[0].Kind != "ignore" {
		t.Fatalf("trail %+v", w.review.trail)
	}
	i := f.Unit
	w.current, w.currentEd = i, release.EN
	w.addComment(i, release.EN, "check the caption")
	if h := w.rowHeader(i, ptr(w.doc.Unit(i))); !strings.Contains(h, "1 open comment") {
		t.Fatalf("row header %q", h)
	}
}

func ptr[T any](v T) *T { return &v }
