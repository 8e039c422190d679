package approval

import (
	"testing"

	"taiyaku/app/release"
)

func TestComments(t *testing.T) {
	r := load(t)
	id1, err := AddComment(r, "u5", release.EN, "佐藤 花子", "「5つ」は本文と合っていますか。", step(0))
	must(t, err)
	id2, err := AddComment(r, "u2", release.JA, "Jane Smith", "Title: 開催しました or 開催?", step(1))
	must(t, err)
	if id1 != "c1" || id2 != "c2" {
		t.Fatalf("ids %q %q", id1, id2)
	}
	must(t, Reply(r, id1, "Jane Smith", "Yes, five areas.", step(2)))
	if open := Open(r); len(open) != 2 || open[0].ID != "c2" || open[1].ID != "c1" || len(open[1].Replies) != 1 {
		t.Fatalf("open comments, in unit order: %+v", open)
	}
	must(t, Resolve(r, id1, "佐藤 花子", step(3)))
	c := r.Review.Comments[0]
	if !c.Resolved || c.ResolvedBy != "佐藤 花子" || c.ResolvedAt != "2025-01-22T01:03:00Z" {
		t.Errorf("resolved comment %+v", c)
	}
	if e := r.Review.Trail[0]; len(r.Review.Trail) != 1 || e.Kind != "resolve" || e.Detail != "comment=c1 unit=u5 edition=en" {
		t.Errorf("trail %+v", r.Review.Trail)
	}
	// A comment on a unit that was deleted is no longer open.
	r.Units = append(r.Units[:1], r.Units[2:]...)
	if open := Open(r); len(open) != 0 {
		t.Errorf("open after the unit was deleted: %+v", open)
	}
	// Ids never repeat, even after a comment is gone from the file.
	r.Review.Comments = r.Review.Comments[1:]
	if id, _ := AddComment(r, "u5", release.JA, "x", "y", step(4)); id != "c3" {
		t.Errorf("next id %q", id)
	}
}

func TestCommentErrors(t *testing.T) {
	r := load(t)
	id, err := AddComment(r, "u3", release.JA, "佐藤", "日付を確認", step(0))
	must(t, err)
	must(t, Resolve(r, id, "佐藤", step(1)))
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"no such unit", second(AddComment(r, "u99", release.JA, "佐藤", "x", t0)), "ErrNoUnit"},
		{"bad edition", second(AddComment(r, "u3", "de", "佐藤", "x", t0)), "ErrBadEdition"},
		{"no author", second(AddComment(r, "u3", release.JA, "", "x", t0)), "ErrNeedName"},
		{"no text", second(AddComment(r, "u3", release.JA, "佐藤", " \n", t0)), "ErrNeedText"},
		{"reply to nothing", Reply(r, "c9", "佐藤", "x", t0), "ErrNoComment"},
		{"empty reply", Reply(r, id, "佐藤", "", t0), "ErrNeedText"},
		{"reply to a resolved comment", Reply(r, id, "Jane", "Thanks", t0), ""},
		{"resolved twice", Resolve(r, id, "佐藤", t0), "ErrCommentResolved"},
		{"resolved by nobody", Resolve(r, "c9", "佐藤", t0), "ErrNoComment"},
	}
	for _, c := range cases {
		if got := problemID(c.err); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	if len(r.Review.Comments) != 1 || len(r.Review.Trail) != 1 {
		t.Errorf("refused actions were recorded: %+v", r.Review)
	}
}

func second(_ string, err error) error { return err }

func TestSetStatus(t *testing.T) {
	cases := []struct {
		name    string
		idx     []int
		ed      release.Edition
		status  release.Status
		changed int
		events  int
		err     string
	}{
		{"whole release", []int{0, 1, 2, 3, 4, 5}, release.EN, release.Reviewed, 6, 1, ""},
		{"one unit", []int{4}, release.JA, release.Translated, 1, 0, ""},
		{"already so", []int{1, 2}, release.JA, release.Draft, 0, 0, ""},
		{"bad status", []int{1}, release.JA, "done", 0, 0, "ErrBadStatus"},
		{"bad index", []int{1, 6}, release.JA, release.Reviewed, 0, 0, "ErrNoUnit"},
		{"bad edition", []int{1}, "fr", release.Reviewed, 0, 0, "ErrBadEdition"},
	}
	for _, c := range cases {
		r := load(t)
		n, err := SetStatus(r, c.idx, c.ed, c.status, "佐藤", t0)
		if n != c.changed || len(r.Review.Trail) != c.events || problemID(err) != c.err {
			t.Errorf("%s: changed %d, events %d, err %v", c.name, n, len(r.Review.Trail), err)
		}
		if c.err != "" && r.Units[1].StatusJA != release.Draft {
			t.Errorf("%s: a refused change was applied", c.name)
		}
	}
	r := load(t)
	_, _ = SetStatus(r, []int{3, 4, 5}, release.JA, release.Reviewed, "佐藤", t0)
	if e := r.Review.Trail[0]; e.Kind != "status" || e.Detail != "units=3 status=reviewed edition=ja" || r.Units[4].StatusJA != release.Reviewed || r.Units[4].StatusEN != release.Draft {
		t.Errorf("event %+v", e)
	}
}
