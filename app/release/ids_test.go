package release

import (
	"strconv"
	"testing"
)

// Ids cut from runs are the ids "u" and the number made: in an import
// that sized Units (runs of many), one unit at a time (runs of one), past
// the end of a run, and after ids a file brought in.
func TestNextIDRuns(t *testing.T) {
	sized := &Release{Units: make([]Unit, 0, maxRunIDs+10)}
	one := &Release{}
	loaded := &Release{Units: []Unit{{ID: "u7"}, {ID: "u123"}, {ID: "x9"}}}
	for n := 1; n <= maxRunIDs+20; n++ {
		want := "u" + strconv.Itoa(n)
		if got := sized.Units[sized.Append(Paragraph, "", "")].ID; got != want {
			t.Fatalf("sized import: id %q, want %q", got, want)
		}
		if got := one.NewUnit(Paragraph, "", "").ID; got != want {
			t.Fatalf("one at a time: id %q, want %q", got, want)
		}
	}
	if got := loaded.NewUnit(Paragraph, "", "").ID; got != "u124" {
		t.Fatalf("after a file's ids: %q, want u124", got)
	}
	copied := *sized // a snapshot shares the run and hands out the same next id
	if a, b := copied.NewUnit(Title, "", "").ID, sized.NewUnit(Title, "", "").ID; a != b || a != "u"+strconv.Itoa(maxRunIDs+21) {
		t.Fatalf("copy and original: %q and %q", a, b)
	}
}
