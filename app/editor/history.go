package editor

import (
	"slices"
	"time"

	"taiyaku/app/release"
)

// opKind is one primitive change of a release; every edit is a list of
// them, and undo plays the list backwards with each op inverted.
type opKind int

const (
	opReplace opKind = iota // units[index]: before → after
	opInsert                // after inserted at index
	opDelete                // before removed from index
	opIgnored               // the release's ignored findings: ignBefore → ignAfter
)

type op struct {
	kind                opKind
	index               int
	before, after       release.Unit // for replace; insert and delete use after
	ignBefore, ignAfter []release.Ignore
}

// inverse returns the op that undoes o.
func (o op) inverse() op {
	inv := o
	switch o.kind {
	case opReplace:
		inv.before, inv.after = o.after, o.before
	case opInsert:
		inv.kind = opDelete
	case opDelete:
		inv.kind = opInsert
	case opIgnored:
		inv.ignBefore, inv.ignAfter = o.ignAfter, o.ignBefore
	}
	return inv
}

// apply performs o on r.
func (o op) apply(r *release.Release) {
	switch o.kind {
	case opReplace:
		r.Units[o.index] = o.after
	case opInsert:
		r.Units = append(r.Units, release.Unit{})
		copy(r.Units[o.index+1:], r.Units[o.index:])
		r.Units[o.index] = o.after
	case opDelete:
		r.Units = append(r.Units[:o.index], r.Units[o.index+1:]...)
	case opIgnored:
		r.Ignored = o.ignAfter
	}
}

// summarize says what ops touch (or their inverses: the same).
func summarize(ops []op) Change {
	var ch Change
	for _, o := range ops {
		switch o.kind {
		case opReplace:
			ch.Units = append(ch.Units, o.index)
		case opIgnored:
			ch.Ignored = true
		default:
			ch.Reshaped = true
		}
	}
	ch.Units = slices.Compact(slices.Sorted(slices.Values(ch.Units)))
	return ch
}

// transaction is one undoable step.
type transaction struct {
	id  int
	ops []op
	// typing: a run of keystrokes in one unit and edition, which later
	// keystrokes extend instead of starting a new step.
	typing  bool
	unit    int
	edition release.Edition
	last    time.Time
}

type history struct {
	undo, redo []*transaction
	nextID     int
}

// current identifies the state the release is in: the id of the last step
// applied, 0 for the state as opened.
func (h *history) current() int {
	if len(h.undo) == 0 {
		return 0
	}
	return h.undo[len(h.undo)-1].id
}

func (h *history) push(t *transaction) {
	h.nextID++
	t.id = h.nextID
	h.undo = append(h.undo, t)
	h.redo = nil
}
