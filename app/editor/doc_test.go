package editor

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taiyaku/app/check"
	"taiyaku/app/glossary"
	"taiyaku/app/release"
	"taiyaku/app/renumber"
)

// clock is a fake time source that tests move forward by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newDoc(t *testing.T, units ...release.Unit) (*Doc, *clock) {
	t.Helper()
	r := &release.Release{Units: units}
	for i := range r.Units {
		if r.Units[i].ID == "" {
			r.Units[i].ID = "u" + string(rune('a'+i))
		}
	}
	d := New(r, "", glossary.Default())
	c := &clock{t: time.Date(2025, 1, 22, 10, 0, 0, 0, time.UTC)}
	d.now = c.now
	return d, c
}

func texts(d *Doc) []string {
	var out []string
	for _, u := range d.Snapshot().Units {
		out = append(out, u.JA+"|"+u.EN)
	}
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTypingIsOneUndoStep(t *testing.T) {
	d, c := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "あ", EN: "a"})
	for _, s := range []string{"ab", "abc", "abcd"} {
		c.t = c.t.Add(300 * time.Millisecond)
		d.SetText(0, release.EN, s)
	}
	c.t = c.t.Add(5 * time.Second) // a pause starts a new step
	d.SetText(0, release.EN, "abcde")
	if !d.Dirty() {
		t.Fatal("not dirty after typing")
	}
	d.Undo()
	if got := d.Unit(0).EN; got != "abcd" {
		t.Fatalf("after one undo: %q, want abcd", got)
	}
	d.Undo()
	if got := d.Unit(0).EN; got != "a" || d.Dirty() {
		t.Fatalf("after two undos: %q dirty=%v", got, d.Dirty())
	}
	d.Redo()
	d.Redo()
	if got := d.Unit(0).EN; got != "abcde" {
		t.Fatalf("after redo: %q", got)
	}
}

func TestStructuralEditsUndo(t *testing.T) {
	d, _ := newDoc(t,
		release.Unit{Kind: release.Paragraph, JA: "一。二。", EN: "One. Two."},
		release.Unit{Kind: release.Paragraph, JA: "三。", EN: "Three."},
	)
	orig := texts(d)
	steps := []func(){
		func() { d.Split(0, len("一。"), len("One.")) },
		func() { d.MergeNext(1) },
		func() { d.Move(0, 1) },
		func() { d.Insert(1, release.Paragraph) },
		func() { d.Delete(0) },
	}
	var states [][]string
	for _, step := range steps {
		step()
		states = append(states, texts(d))
	}
	if got := states[0]; !equal(got, []string{"一。|One.", "二。|Two.", "三。|Three."}) {
		t.Fatalf("split: %q", got)
	}
	if got := states[1]; !equal(got, []string{"一。|One.", "二。\n三。|Two.\nThree."}) {
		t.Fatalf("merge: %q", got)
	}
	for k := len(steps) - 1; k >= 0; k-- {
		want := orig
		if k > 0 {
			want = states[k-1]
		}
		d.Undo()
		if got := texts(d); !equal(got, want) {
			t.Fatalf("undo of step %d: %q, want %q", k, got, want)
		}
	}
	if d.Dirty() {
		t.Fatal("dirty after undoing everything")
	}
}

func TestSaveMarksClean(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Title, JA: "題", EN: "Title"})
	d.SetText(0, release.EN, "Title 2")
	p := filepath.Join(t.TempDir(), "r.taiyaku")
	if err := d.Save(p); err != nil {
		t.Fatal(err)
	}
	if d.Dirty() || d.Path() != p {
		t.Fatal("dirty after save")
	}
	d.SetText(0, release.EN, "Title 3") // continues typing, but a new step after the save
	d.Undo()
	if d.Dirty() || d.Unit(0).EN != "Title 2" {
		t.Fatalf("undo back to the saved state: %q dirty=%v", d.Unit(0).EN, d.Dirty())
	}
	r, err := release.Load(p)
	if err != nil || r.Units[0].EN != "Title 2" {
		t.Fatalf("saved file: %v %v", r, err)
	}
}

func TestRecheckFollowsEdits(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "G7の会合。", EN: "The G7 meeting."})
	if open := d.Recheck().Open; len(open) != 0 {
		t.Fatalf("clean unit has findings: %v", open)
	}
	d.SetText(0, release.EN, "The G20 meeting.")
	open := d.Recheck().Open
	if !hasCheck(open, check.NumberMismatch) {
		t.Fatalf("no number mismatch after typing G20: %v", open)
	}
	f := first(open, check.NumberMismatch)
	d.Ignore(f, "checked with the ministry", "Tanaka")
	res := d.Recheck()
	open, ignored := res.Open, res.Ignored
	if hasCheck(open, check.NumberMismatch) || !hasCheck(ignored, check.NumberMismatch) {
		t.Fatal("ignored finding still open")
	}
	d.SetText(0, release.EN, "The G20 meeting!")
	if open := d.Recheck().Open; !hasCheck(open, check.NumberMismatch) {
		t.Fatal("an edit of the unit did not bring the ignored finding back")
	}
}

func TestFindAndReplaceAcrossEditions(t *testing.T) {
	d, _ := newDoc(t,
		release.Unit{Kind: release.Paragraph, JA: "DFFTの推進", EN: "promote DFFT"},
		release.Unit{Kind: release.Paragraph, JA: "データ", EN: "dfft and data"},
	)
	m, ok := d.FindNext(Query{Text: "dfft"}, Match{})
	if !ok || m.Unit != 0 || m.Edition != release.JA || m.Start != 0 {
		t.Fatalf("first match %+v", m)
	}
	var seen []Match
	for k := 0; k < 3; k++ {
		seen = append(seen, m)
		m, _ = d.FindNext(Query{Text: "dfft"}, m)
	}
	if seen[1].Edition != release.EN || seen[2].Unit != 1 || m != seen[0] {
		t.Fatalf("search order %+v then %+v", seen, m)
	}
	if n := d.ReplaceAll(Query{Text: "DFFT", MatchCase: true}, "Data Free Flow with Trust"); n != 2 {
		t.Fatalf("replaced %d, want 2", n)
	}
	d.Undo()
	if d.Unit(0).EN != "promote DFFT" || d.Unit(0).JA != "DFFTの推進" {
		t.Fatal("replace all is not one undo step")
	}
}

func TestApplyChangesIsOneStep(t *testing.T) {
	d, _ := newDoc(t,
		release.Unit{Kind: release.Heading, JA: "（１）甲", EN: "(1) A"},
		release.Unit{Kind: release.Heading, JA: "（２）乙", EN: "(3) B"},
	)
	d.ApplyChanges([]renumber.Change{{Unit: 1, Edition: release.EN, Text: "(2) B"}})
	if d.Unit(1).EN != "(2) B" {
		t.Fatal("change not applied")
	}
	d.Undo()
	if d.Unit(1).EN != "(3) B" {
		t.Fatal("undo did not restore")
	}
}

func hasCheck(fs []check.Finding, id string) bool {
	for _, f := range fs {
		if f.Check == id {
			return true
		}
	}
	return false
}

func first(fs []check.Finding, id string) check.Finding {
	for _, f := range fs {
		if f.Check == id {
			return f
		}
	}
	return check.Finding{}
}

// TestSaveNoticesChangesOnDisk: another program writes the file; Save
// refuses, SaveOver writes.
func TestSaveNoticesChangesOnDisk(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.taiyaku")
	if err := release.Save(p, &release.Release{Units: []release.Unit{{ID: "u1", Kind: release.Title, JA: "題", EN: "Title"}}}); err != nil {
		t.Fatal(err)
	}
	d, err := Open(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	other := &release.Release{Units: []release.Unit{{ID: "u1", Kind: release.Title, JA: "題", EN: "Changed elsewhere"}}}
	if err := release.Save(p, other); err != nil {
		t.Fatal(err)
	}
	d.SetText(0, release.EN, "Mine")
	if err := d.Save(p); err == nil || !strings.Contains(err.Error(), "ErrChangedOnDisk") {
		t.Fatalf("save over a changed file: %v", err)
	}
	if err := d.SaveOver(p); err != nil {
		t.Fatal(err)
	}
	if err := d.Save(p); err != nil {
		t.Fatalf("a second save after our own write: %v", err)
	}
}
