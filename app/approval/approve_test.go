package approval

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"taiyaku/app/problem"
	"taiyaku/app/release"
)

// TestStateFollowsEdits: an approved edition shows Changed as soon as its
// content changes and Approved again when the edit is undone; the other
// edition is untouched.
func TestStateFollowsEdits(t *testing.T) {
	r := approved(t)
	orig := r.Units[4].JA
	steps := []struct {
		name   string
		edit   func()
		ja, en State
	}{
		{"as approved", func() {}, Approved, Approved},
		{"edit a unit", func() { r.Units[4].JA = orig + "追記" }, Changed, Approved},
		{"edit back", func() { r.Units[4].JA = orig }, Approved, Approved},
		{"spaces only", func() { r.Units[4].JA = orig + "  " }, Approved, Approved},
		{"delete a unit", func() { r.Units = append(r.Units[:5], r.Units[6:]...) }, Changed, Changed},
	}
	for _, s := range steps {
		s.edit()
		ja, a := StateOf(r, release.JA)
		en, _ := StateOf(r, release.EN)
		if ja != s.ja || en != s.en {
			t.Errorf("%s: states %v, %v; want %v, %v", s.name, ja, en, s.ja, s.en)
		}
		if a == nil || a.Name != "佐藤 花子" || a.Role != "広報室長" || a.At != "2025-01-22T01:00:00Z" {
			t.Errorf("%s: approval %+v", s.name, a)
		}
	}
}

// TestHandEditedFile: a text edited by hand in the saved file, the
// approval kept, loads as Changed, and Changes shows the edit.
func TestHandEditedFile(t *testing.T) {
	r := approved(t)
	loaded := saveLoad(t, r, func(data []byte) []byte {
		old := []byte(`"ja": "両大臣は東京で会談し、5つの協力分野で合意しました。"`)
		if !bytes.Contains(data, old) {
			t.Fatal("the unit's line is not in the file")
		}
		return bytes.Replace(data, old, []byte(`"ja": "両大臣は東京で会談し、6つの協力分野で合意しました。"`), 1)
	})
	if st, _ := StateOf(loaded, release.JA); st != Changed {
		t.Errorf("Japanese: %v, want changed", st)
	}
	if st, _ := StateOf(loaded, release.EN); st != Approved {
		t.Errorf("English: %v, want approved", st)
	}
	want := []Change{{Kind: Edited, ID: "u5", Index: 4, OldKind: release.Paragraph, NewKind: release.Paragraph,
		Old: "両大臣は東京で会談し、5つの協力分野で合意しました。", New: "両大臣は東京で会談し、6つの協力分野で合意しました。"}}
	if got := Changes(loaded, release.JA); !reflect.DeepEqual(got, want) {
		t.Errorf("changes %+v", got)
	}
	if len(Verify(loaded)) != 0 {
		t.Errorf("the trail was not touched: %v", Verify(loaded))
	}
}

func TestApprove(t *testing.T) {
	r := approved(t)
	if len(r.Review.Approvals) != 2 || !reflect.DeepEqual(kinds(r), []string{"approve", "approve"}) {
		t.Fatalf("approvals %d, trail %v", len(r.Review.Approvals), kinds(r))
	}
	a := Find(r, release.JA)
	if a.Digest != Digest(r, release.JA) || !reflect.DeepEqual(a.Approved, Rows(r, release.JA)) {
		t.Error("the approval does not hold the edition's digest and rows")
	}
	e := r.Review.Trail[0]
	if e.Who != "佐藤 花子" || e.Digest != a.Digest || e.Detail != "edition=ja role=広報室長" {
		t.Errorf("event %+v", e)
	}
	// Approving again replaces the approval.
	must(t, Approve(r, release.JA, "田中 一郎", "課長", step(5)))
	if len(r.Review.Approvals) != 2 || Find(r, release.JA).Name != "田中 一郎" || len(r.Review.Trail) != 3 {
		t.Errorf("re-approval: %+v", r.Review.Approvals)
	}
}

func TestApproveErrors(t *testing.T) {
	empty := load(t)
	for i := range empty.Units {
		empty.Units[i].EN = " "
	}
	cases := []struct {
		desc      string
		r         *release.Release
		ed        release.Edition
		who, role string
		want      string
	}{
		{"no name", load(t), release.JA, " ", "室長", "ErrNeedName"},
		{"no role", load(t), release.JA, "佐藤", "", "ErrNeedRole"},
		{"bad edition", load(t), "fr", "佐藤", "室長", "ErrBadEdition"},
		{"empty edition", empty, release.EN, "Jane", "Translator", "ErrEmptyEdition"},
	}
	for _, c := range cases {
		err := Approve(c.r, c.ed, c.who, c.role, t0)
		if id := problemID(err); id != c.want {
			t.Errorf("%s: %v, want %s", c.desc, err, c.want)
		}
		if len(c.r.Review.Approvals) != 0 || len(c.r.Review.Trail) != 0 {
			t.Errorf("%s: a refused approval was recorded", c.desc)
		}
	}
}

func TestWithdraw(t *testing.T) {
	r := approved(t)
	cases := []struct {
		name   string
		ed     release.Edition
		reason string
		want   string
	}{
		{"no reason", release.JA, "  ", "ErrNeedReason"},
		{"withdrawn", release.JA, "数値に誤り", ""},
		{"not approved", release.JA, "again", "ErrNotApproved"},
	}
	for _, c := range cases {
		if id := problemID(Withdraw(r, c.ed, c.reason, "佐藤 花子", step(9))); id != c.want {
			t.Errorf("%s: %q, want %q", c.name, id, c.want)
		}
	}
	if st, _ := StateOf(r, release.JA); st != NotApproved {
		t.Errorf("state after withdrawal: %v", st)
	}
	last := r.Review.Trail[len(r.Review.Trail)-1]
	if last.Kind != "withdraw" || last.Detail != "edition=ja reason=数値に誤り" || last.Digest == "" || len(r.Review.Trail) != 3 {
		t.Errorf("trail %+v", r.Review.Trail)
	}
}

func TestChanges(t *testing.T) {
	cases := []struct {
		name string
		ed   release.Edition
		edit func(r *release.Release)
		want []Change
	}{
		{"none", release.JA, func(r *release.Release) {}, nil},
		{"spaces only", release.EN, func(r *release.Release) { r.Units[4].EN += " " }, nil},
		{"text", release.EN, func(r *release.Release) { r.Units[5].EN = "Photo 2" },
			[]Change{{Edited, "u6", 5, release.Caption, release.Caption, "Photo 1", "Photo 2"}}},
		{"kind", release.EN, func(r *release.Release) { r.Units[5].Kind = release.Paragraph },
			[]Change{{Edited, "u6", 5, release.Caption, release.Paragraph, "Photo 1", "Photo 1"}}},
		{"added", release.EN, func(r *release.Release) {
			u := r.NewUnit(release.Paragraph, "", "They will meet again in 2026.")
			r.Units = append(r.Units[:5], append([]release.Unit{u}, r.Units[5:]...)...)
		}, []Change{{Added, "u7", 5, "", release.Paragraph, "", "They will meet again in 2026."}}},
		{"removed and edited, in document order", release.JA, func(r *release.Release) {
			r.Units[4].JA = "会談しました。"
			r.Units = append(r.Units[:2], r.Units[3:]...)
		}, []Change{
			{Removed, "u3", -1, release.Date, "", "令和7年1月22日", ""},
			{Edited, "u5", 3, release.Paragraph, release.Paragraph, "両大臣は東京で会談し、5つの協力分野で合意しました。", "会談しました。"},
		}},
		{"emptied in this edition", release.EN, func(r *release.Release) { r.Units[0].EN = "" },
			[]Change{{Removed, "u1", -1, release.Furniture, "", "Home / News Releases", ""}}},
		{"moved", release.EN, func(r *release.Release) { r.Units[3], r.Units[4] = r.Units[4], r.Units[3] },
			[]Change{{Moved, "u5", 3, release.Paragraph, release.Paragraph, "The ministers met in Tokyo and agreed on 5 areas of cooperation.", "The ministers met in Tokyo and agreed on 5 areas of cooperation."}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := approved(t)
			c.edit(r)
			if got := Changes(r, c.ed); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
	if got := Changes(load(t), release.JA); got != nil {
		t.Errorf("changes of an edition never approved: %+v", got)
	}
}

func TestLongestIncreasing(t *testing.T) {
	cases := []struct {
		seq  []int
		want []bool
	}{
		{nil, []bool{}},
		{[]int{0, 1, 2}, []bool{true, true, true}},
		{[]int{2, 0, 1}, []bool{false, true, true}},
		{[]int{0, 3, 1, 2, 4}, []bool{true, false, true, true, true}},
	}
	for _, c := range cases {
		if got := longestIncreasing(c.seq); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v: %v, want %v", c.seq, got, c.want)
		}
	}
}

// problemID is the message id of a *problem.Error, "" for nil.
func problemID(err error) string {
	var p *problem.Error
	if errors.As(err, &p) {
		return p.ID
	}
	if err != nil {
		return err.Error()
	}
	return ""
}

// Names, roles, reasons and comments refuse control characters and, on one
// line, line breaks: a name with a newline could forge a line of a report.
func TestControlCharactersRefused(t *testing.T) {
	for _, name := range []string{"Tanaka\nEnglish edition: approved", "Tanaka\x1b[2J", "Tanaka\u202e", "Tana\u0085ka"} {
		r := load(t)
		if err := Approve(r, release.EN, name, "Press officer", t0); !isProblem(err, "ErrControlChar") {
			t.Errorf("Approve(name %q) = %v", name, err)
		}
		if err := Approve(r, release.EN, "Tanaka", name, t0); !isProblem(err, "ErrControlChar") {
			t.Errorf("Approve(role %q) = %v", name, err)
		}
		if _, err := AddComment(r, r.Units[0].ID, release.EN, "Tanaka", "see\x1b[31m", t0); !isProblem(err, "ErrControlChar") {
			t.Errorf("AddComment = %v", err)
		}
	}
	r := load(t)
	if _, err := AddComment(r, r.Units[0].ID, release.EN, "Tanaka", "two\nlines\twith a tab", t0); err != nil {
		t.Errorf("a comment of two lines was refused: %v", err)
	}
}

func isProblem(err error, id string) bool {
	var p *problem.Error
	return errors.As(err, &p) && p.ID == id
}
