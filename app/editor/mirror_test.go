package editor

import (
	"fmt"
	"testing"
	"time"

	"taiyaku/app/check"
	"taiyaku/app/release"
)

// TestMirrorFollowsEveryEdit: after each kind of edit, the units the
// incremental re-check reads are the document's, and its findings are
// those of a full check of a snapshot.
func TestMirrorFollowsEveryEdit(t *testing.T) {
	d, c := newDoc(t,
		release.Unit{Kind: release.Date, JA: "令和7年1月22日", EN: "January 22, 2025"},
		release.Unit{Kind: release.Heading, JA: "１．概要", EN: "1. Overview"},
		release.Unit{Kind: release.Paragraph, JA: "G7の会合。", EN: "The G7 meeting."},
		release.Unit{Kind: release.Heading, JA: "２．日程", EN: "2. Dates"},
		release.Unit{Kind: release.Paragraph, JA: "3月1日に開催。", EN: "Held on March 1."})
	edits := []struct {
		name string
		do   func()
	}{
		{"type", func() { d.SetText(2, release.EN, "The G20 meeting.") }},
		{"type more", func() { d.SetText(2, release.EN, "The G20 meeting!") }},
		{"kind", func() { d.SetKind(4, release.Item) }},
		{"status", func() { d.SetStatus([]int{0, 2}, release.JA, release.Reviewed) }},
		{"ignore", func() {
			if open := d.Recheck().Open; len(open) > 0 {
				d.Ignore(open[0], "fine", "Tanaka")
			}
		}},
		{"unignore", func() {
			if ig := d.Recheck().Ignored; len(ig) == 0 || !d.Unignore(ig[0]) {
				t.Fatal("nothing to unignore")
			}
		}},
		{"ignore again", func() { d.Ignore(d.Recheck().Open[0], "fine", "Tanaka") }},
		{"split", func() { d.Split(2, 3, 4) }},
		{"merge", func() { d.MergeNext(2) }},
		{"move", func() { d.Move(4, -1) }},
		{"insert", func() { d.Insert(1, release.Paragraph) }},
		{"delete", func() { d.Delete(1) }},
		{"replace all", func() { d.ReplaceAll(Query{Text: "G20"}, "G8") }},
		{"undo", func() { d.Undo() }},
		{"undo again", func() { c.t = c.t.Add(time.Minute); d.Undo() }},
		{"redo", func() { d.Redo() }},
		{"type after", func() { d.SetText(0, release.JA, "令和7年1月23日") }},
		{"check all", func() { d.CheckAllAgain() }},
	}
	d.Recheck()
	for _, e := range edits {
		e.do()
		res := d.Recheck()
		snap := d.Snapshot()
		if got, want := fmt.Sprint(d.checks.mirror.Units), fmt.Sprint(snap.Units); got != want {
			t.Fatalf("%s: mirror\n%s\ndocument\n%s", e.name, got, want)
		}
		open, ignored := check.Partition(check.Run(snap, check.Options{Glossary: d.Glossary()}), snap)
		if fmt.Sprint(res.Open) != fmt.Sprint(open) || fmt.Sprint(res.Ignored) != fmt.Sprint(ignored) {
			t.Fatalf("%s: incremental\n%v\n%v\nfull\n%v\n%v", e.name, res.Open, res.Ignored, open, ignored)
		}
	}
}
