package check

import (
	"testing"

	"taiyaku/app/release"
)

// TestTabsInTableRow (chkstruct, issue 8): tabs that separate the cells of
// a table pasted from a web page are layout, not a whitespace defect; a
// lone tab inside a sentence still is.
func TestTabsInTableRow(t *testing.T) {
	row := rel(u(release.Item, "(1)\t社会党(ドドン党首)\t:\t20.\t75%(25議席)", ""))
	for _, f := range Run(row, Options{}) {
		if f.Check == Whitespace {
			t.Errorf("unexpected %s", show(row, f))
		}
	}
	prose := para("両国は\t協力する。", "The two sides will cooperate.")
	if got := only(Run(prose, Options{}), Whitespace); len(got) != 1 {
		t.Errorf("tab inside a sentence: %d whitespace findings, want 1", len(got))
	}
}
