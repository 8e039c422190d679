package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

// TestRenumberStartsAtTheFindingsLevel shows the numbering finding of the
// flawed sample, then asks where Renumber starts and what it would do.
func TestRenumberStartsAtTheFindingsLevel(t *testing.T) {
	w := newTestWindow(t, Config{})
	openFlawed(t, w)
	i := unitWith(t, w, release.EN, "Cyber resilience")
	w.showFinding(findingsOf(w, check.NumberingMismatch, i)[0])
	ed, level := w.renumberStart()
	if ed != release.EN || level != 2 {
		t.Fatalf("starts at %s level %d, want en level 2", ed, level)
	}
	preview := w.renumberPreview(w.renumberChanges(false, false, level))
	if !strings.Contains(preview, "(5) → (4)") || !strings.Contains(preview, "English") {
		t.Errorf("preview %q", preview)
	}
	if got := w.renumberPreview(nil); got != "Nothing to change." {
		t.Errorf("empty preview %q", got)
	}
}

func TestApproveWarnings(t *testing.T) {
	w := newTestWindow(t, Config{})
	if w.approveWarnings() != nil {
		t.Fatal("warnings for a clean release without comments")
	}
	w.addComment(3, release.EN, "check this")
	if w.approveWarnings() == nil {
		t.Fatal("no warning with an open comment and unsaved changes")
	}
}

func TestDiffTexts(t *testing.T) {
	old, now := diffTexts("the 3 units", "the 4 units")
	for _, c := range []struct {
		o    any
		want string
	}{{old, "3"}, {now, "4"}} {
		rt := c.o.(*widget.RichText)
		if rt.String() != "the "+c.want+" units" {
			t.Errorf("text %q", rt.String())
		}
		if hot := rt.Segments[1].(*widget.TextSegment); hot.Text != c.want || !hot.Style.TextStyle.Bold {
			t.Errorf("marked %+v", hot)
		}
	}
}
