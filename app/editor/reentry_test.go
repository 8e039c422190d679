package editor

import (
	"path/filepath"
	"sync"
	"testing"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/renumber"
)

func TestMain(m *testing.M) {
	CheckReentry(true)
	m.Run()
}

func TestLockPanicsOnReentry(t *testing.T) {
	var l docLock
	l.Lock()
	defer func() {
		if recover() == nil {
			t.Fatal("a second Lock by the holding goroutine did not panic")
		}
		l.Unlock()
	}()
	l.Lock()
}

func TestLockWaitsForOtherGoroutines(t *testing.T) {
	var l docLock
	l.Lock()
	done := make(chan struct{})
	go func() {
		l.Lock()
		close(done)
		l.Unlock()
	}()
	l.Unlock()
	<-done
}

// everyMethod calls each public method of d once; with re-entry checks on
// it panics if any of them is reached while the lock is held.
func everyMethod(t *testing.T, d *Doc) {
	dir := t.TempDir()
	d.Len()
	d.Unit(0)
	d.Unit(99)
	d.Path()
	d.Dirty()
	d.Gen()
	d.Glossary()
	d.Snapshot()
	d.SnapshotGen()
	d.Clone()
	d.Current(d.Recheck())
	d.FindNext(Query{Text: "a"}, Match{})
	d.SetText(0, release.EN, d.Unit(0).EN+"x")
	d.SetKind(0, release.Paragraph)
	d.SetStatus([]int{0}, release.JA, release.Translated)
	i := d.Insert(1, release.Paragraph)
	d.Move(i, 1)
	d.Split(0, 1, 1)
	d.MergeNext(0)
	d.Delete(1)
	d.ApplyChanges([]renumber.Change{{Unit: 0, Edition: release.EN, Text: "1. x"}})
	d.ReplaceAll(Query{Text: "x"}, "y")
	d.Ignore(check.Finding{Check: "typography.whitespace", Unit: 0, Side: check.EN}, "why", "me")
	d.Undo()
	d.Redo()
	_ = d.ChangeReview(func(r *release.Release) error { d.Len(); return nil })
	d.MarkUnsaved()
	_ = d.Save(filepath.Join(dir, "a.taiyaku"))
	_ = d.SaveOver(filepath.Join(dir, "a.taiyaku"))
	cancel := d.OnChange(func(Change) {})
	cancel()
}

func TestNoMethodRunsUnderTheLock(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "一", EN: "one"}, release.Unit{Kind: release.Paragraph, JA: "二", EN: "two"})
	depth := 0
	var seen []Change
	d.OnChange(func(c Change) {
		seen = append(seen, c)
		if depth > 0 {
			return // one level of nesting is enough, and ends the recursion
		}
		depth++
		everyMethod(t, d)
		depth--
	})
	everyMethod(t, d)
	if len(seen) == 0 {
		t.Fatal("no change announced")
	}
	// From inside a review change, which runs outside the lock.
	if err := d.ChangeReview(func(*release.Release) error { everyMethod(t, d); return nil }); err != ErrBusy && err != nil {
		t.Fatal(err)
	}
}

func TestChangeReviewRetriesWhenTheDocMovesOn(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "一", EN: "one"})
	calls := 0
	err := d.ChangeReview(func(r *release.Release) error {
		calls++
		if calls == 1 {
			d.SetText(0, release.EN, "uno") // the digest f computed is now stale
		}
		r.Review.Trail = append(r.Review.Trail, release.Event{Kind: "note", Detail: r.Units[0].EN})
		return nil
	})
	if err != nil || calls != 2 {
		t.Fatalf("err %v after %d calls; want a second call on the new text", err, calls)
	}
	if tr := d.Snapshot().Review.Trail; len(tr) != 1 || tr[0].Detail != "uno" {
		t.Fatalf("trail %+v", tr)
	}
	if !d.Dirty() {
		t.Fatal("a review change left the document clean")
	}
}

func TestSnapshotIsFrozen(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "一", EN: "one"})
	snap := d.Snapshot()
	d.SetText(0, release.EN, "uno")
	d.Insert(0, release.Heading)
	if len(snap.Units) != 1 || snap.Units[0].EN != "one" {
		t.Fatalf("snapshot changed with the document: %+v", snap.Units)
	}
	if d.Snapshot() == snap {
		t.Fatal("a new generation kept the old snapshot")
	}
}

func TestChangesAreAnnounced(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "一", EN: "one"}, release.Unit{Kind: release.Paragraph, JA: "二", EN: "two"})
	var got []Change
	d.OnChange(func(c Change) { got = append(got, c) })
	d.SetText(1, release.EN, "deux")
	d.Insert(0, release.Heading)
	d.Ignore(check.Finding{Check: "x", Unit: 0, Side: check.EN}, "r", "me")
	d.SetText(0, release.JA, "") // no change: no announcement
	if len(got) != 3 {
		t.Fatalf("%d changes announced, want 3: %+v", len(got), got)
	}
	if len(got[0].Units) != 1 || got[0].Units[0] != 1 || got[0].Reshaped || !got[1].Reshaped || !got[2].Ignored {
		t.Fatalf("changes %+v", got)
	}
	for k := 1; k < len(got); k++ {
		if got[k].Gen <= got[k-1].Gen {
			t.Fatalf("generations do not grow: %+v", got)
		}
	}
}

func TestStaleFindingsAreKnown(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "G7の会合。", EN: "The G7 meeting."})
	res := d.Recheck()
	if !d.Current(res) {
		t.Fatal("fresh findings are not current")
	}
	d.SetText(0, release.EN, "The G20 meeting.")
	if d.Current(res) {
		t.Fatal("findings of an older generation count as current")
	}
	if res = d.Recheck(); !d.Current(res) || !hasCheck(res.Open, check.NumberMismatch) {
		t.Fatalf("recheck: %+v", res)
	}
}

// TestRecheckWhileEditing edits on one goroutine while another rechecks;
// run with -race. The last recheck must match a full check.
func TestRecheckWhileEditing(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Heading, JA: "１．概要", EN: "1. Overview"},
		release.Unit{Kind: release.Paragraph, JA: "G7の会合。", EN: "The G7 meeting."})
	var wg sync.WaitGroup
	wg.Add(1)
	stop := make(chan struct{})
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				d.Recheck()
			}
		}
	}()
	for k := range 200 {
		switch k % 4 {
		case 0:
			d.SetText(1, release.EN, "The G20 meeting.")
		case 1:
			d.Insert(1, release.Paragraph)
		case 2:
			d.Delete(1)
		case 3:
			_ = d.ChangeReview(func(r *release.Release) error { return nil })
		}
	}
	close(stop)
	wg.Wait()
	res := d.Recheck()
	want, _ := check.Partition(check.Run(d.Snapshot(), check.Options{Glossary: d.Glossary()}), d.Snapshot())
	if len(res.Open) != len(want) {
		t.Fatalf("incremental %d findings, full check %d", len(res.Open), len(want))
	}
}

// TestTypingDuringSaveStaysUnsaved: a keystroke that lands while the file
// is being written is not counted as saved.
func TestTypingDuringSaveStaysUnsaved(t *testing.T) {
	d, _ := newDoc(t, release.Unit{Kind: release.Paragraph, JA: "一", EN: "one"})
	d.SetText(0, release.EN, "one t")
	path := filepath.Join(t.TempDir(), "a.taiyaku")
	// Simulate the race: the snapshot is taken, then a keystroke extends
	// the typing step, then the save commits.
	d.mu.Lock()
	d.closeTyping()
	state := d.hist.current()
	d.mu.Unlock()
	d.SetText(0, release.EN, "one tw")
	if d.hist.current() == state {
		t.Fatal("a keystroke after the save's snapshot extended the saved undo step")
	}
	if err := d.Save(path); err != nil || d.Dirty() {
		t.Fatalf("save: %v, dirty %v", err, d.Dirty())
	}
}
