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

// TestLabelsNotNumbers (chkstruct, issue 8): paragraph numbers, on any line
// of a unit, are never compared as numbers.
func TestLabelsNotNumbers(t *testing.T) {
	r := rel(
		u(release.Paragraph, "1 本日,我が国は支援を決定しました。\n2 被災者は多数に上ります。", "1. Today, Japan decided to extend aid.\n2. Many people were affected."),
		u(release.Paragraph, "3.今次選挙を支援しました。", "  3. 3. Japan supported the elections."),
		u(release.Paragraph, "4.10月26日,選挙が行われました。", "4. The elections were held on October 26."),
	)
	for _, f := range Run(r, Options{}) {
		if f.Check == NumberMismatch || f.Check == DateMismatch {
			t.Errorf("unexpected %s", show(r, f))
		}
	}
}
