package ui

import (
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

// TestIgnoredFindingsCanBeTakenBack ignores the sample's one finding: the
// panel then says there is nothing open and lists it as ignored, and its
// button takes the ignore back, in the trail too.
func TestIgnoredFindingsCanBeTakenBack(t *testing.T) {
	w := newTestWindow(t, Config{})
	i := unitWith(t, w, release.EN, "写真1")
	f := findingsOf(w, check.Untranslated, i)[0]
	w.ignore(f, "on purpose")
	if w.panel.rows[0].heading != "No open findings." {
		t.Fatalf("first row %+v", w.panel.rows[0])
	}
	var ignoredRow *panelRow
	for k := range w.panel.rows {
		if w.panel.rows[k].ignored {
			ignoredRow = &w.panel.rows[k]
		}
	}
	if ignoredRow == nil {
		t.Fatalf("no ignored row: %+v", w.panel.rows)
	}
	w.unignore(*ignoredRow.finding)
	if len(w.open) != 1 || len(w.ignored) != 0 || !panelHas(w, check.Untranslated, i) {
		t.Fatalf("open %d ignored %d", len(w.open), len(w.ignored))
	}
	if k := w.review.trail[len(w.review.trail)-1].Kind; k != "unignore" {
		t.Errorf("last trail entry %q", k)
	}
	w.undo()
	if len(w.ignored) != 1 {
		t.Errorf("undo did not bring the ignore back")
	}
}
