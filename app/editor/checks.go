package editor

import (
	"sync"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/spelling"
)

// checks keeps the findings of a Doc, re-checked incrementally from
// frozen snapshots. Its own lock orders the rechecks: each takes the
// snapshot and the changes since the previous one, so the checker's state
// always follows the document's generations in order. The Doc's lock is
// taken inside this one, never the other way round.
type checks struct {
	mu      sync.Mutex
	checker *check.Checker
	// mirror is the release the checker reads. Copying all units for
	// every re-check (a frozen Snapshot) cost most of a keystroke in a
	// 10,000-unit release; the mirror is the checker's own, read only
	// under mu, so a re-check copies just the units changed since the
	// last one into it.
	mirror *release.Release
}

// Recheck brings the findings up to date with a frozen snapshot of the
// document, re-checking only the units changed since the last Recheck
// unless units were inserted, deleted or moved. It may run on any
// goroutine (the window runs it on a worker) and never holds the
// document's lock while checking. The result carries the generation it
// describes: a caller drops it when the document has moved on (Current).
func (d *Doc) Recheck() Findings {
	d.checks.mu.Lock()
	defer d.checks.mu.Unlock()
	d.mu.Lock()
	snap, gen, pending := d.mirrorLocked(), d.gen, d.pending
	d.pending = Change{}
	d.mu.Unlock()
	c := d.checks.checker
	switch {
	case c == nil:
		c = check.New(snap, check.Options{Glossary: d.gloss, Words: spelling.Shared()})
		d.checks.checker = c
	case pending.Reshaped:
		c.Rebase(snap)
		c.Reset()
	default:
		c.Rebase(snap)
		for _, i := range pending.Units {
			c.Update(i)
		}
	}
	open, ignored := check.Partition(c.Findings(), snap)
	return Findings{Gen: gen, Open: open, Ignored: ignored}
}

// Current tells whether findings still describe the document: no unit or
// ignored finding changed since their snapshot (a save or a review change
// does not make them stale).
func (d *Doc) Current(f Findings) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return f.Gen >= d.editGen
}

// CheckAllAgain makes the next Recheck check every unit: something the
// checks depend on outside the document changed (a word added to the
// user's dictionary).
func (d *Doc) CheckAllAgain() {
	d.mu.Lock()
	d.pending.Reshaped = true
	d.mu.Unlock()
}

// mirrorLocked brings the checker's mirror up to the document (both locks
// held): a fresh copy after units were inserted, deleted or moved, else
// the units changed since the last re-check copied over. Everything else
// of the release is shared with the working copy: edits replace the
// ignored findings, the metadata and the review record, never change
// them in place.
func (d *Doc) mirrorLocked() *release.Release {
	old := d.checks.mirror
	if old == nil || d.pending.Reshaped || len(old.Units) != len(d.r.Units) {
		d.checks.mirror = clone(d.r)
		return d.checks.mirror
	}
	m := *d.r
	m.Units = old.Units
	for _, i := range d.pending.Units {
		m.Units[i] = d.r.Units[i]
	}
	d.checks.mirror = &m
	return &m
}
