package editor

import (
	"slices"
	"strings"
	"time"

	"taiyaku/app/check"
	"taiyaku/app/release"
	"taiyaku/app/renumber"
)

// run applies ops as one undoable step (the lock must be held) and says
// what they touched; false when there was nothing to do.
func (d *Doc) run(ops []op) (Change, bool) {
	if len(ops) == 0 {
		return Change{}, false
	}
	for _, o := range ops {
		o.apply(d.r)
	}
	d.hist.push(&transaction{ops: ops})
	return summarize(ops), true
}

// closeTyping makes the next keystroke start a new undo step.
func (d *Doc) closeTyping() {
	if n := len(d.hist.undo); n > 0 {
		d.hist.undo[n-1].typing = false
	}
}

// SetText replaces the text of unit i in edition ed. Consecutive calls for
// the same unit and edition, without a pause, are one undo step: undo
// takes back a burst of typing, not a single character.
func (d *Doc) SetText(i int, ed release.Edition, text string) {
	d.mutate(func() (Change, bool) { return d.setText(i, ed, text) })
}

func (d *Doc) setText(i int, ed release.Edition, text string) (Change, bool) {
	if i < 0 || i >= len(d.r.Units) || d.r.Units[i].Text(ed) == text {
		return Change{}, false
	}
	now := d.now()
	if t := d.typingStep(i, ed, now); t != nil {
		d.r.Units[i].SetText(ed, text)
		t.ops[0].after = d.r.Units[i]
		t.last = now
		return Change{Units: []int{i}}, true
	}
	after := d.r.Units[i]
	after.SetText(ed, text)
	ch, ok := d.run([]op{{kind: opReplace, index: i, before: d.r.Units[i], after: after}})
	t := d.hist.undo[len(d.hist.undo)-1]
	t.typing, t.unit, t.edition, t.last = true, i, ed, now
	return ch, ok
}

// typingStep returns the open typing step that a keystroke in unit i,
// edition ed extends, or nil.
func (d *Doc) typingStep(i int, ed release.Edition, now time.Time) *transaction {
	n := len(d.hist.undo)
	if n == 0 {
		return nil
	}
	t := d.hist.undo[n-1]
	if !t.typing || t.unit != i || t.edition != ed || now.Sub(t.last) > typingPause || t.id == d.savedAt {
		return nil
	}
	return t
}

// update replaces unit i by f applied to a copy of it, as one step; f is
// the Doc's own code.
func (d *Doc) update(i int, f func(u *release.Unit)) {
	d.mutate(func() (Change, bool) {
		if i < 0 || i >= len(d.r.Units) {
			return Change{}, false
		}
		after := d.r.Units[i]
		f(&after)
		return d.run([]op{{kind: opReplace, index: i, before: d.r.Units[i], after: after}})
	})
}

// SetKind changes what unit i is.
func (d *Doc) SetKind(i int, k release.Kind) {
	d.update(i, func(u *release.Unit) { u.Kind = k })
}

// SetStatus sets the status of edition ed of the units in idx, one step.
func (d *Doc) SetStatus(idx []int, ed release.Edition, s release.Status) {
	d.mutate(func() (Change, bool) {
		var ops []op
		for _, i := range idx {
			if i < 0 || i >= len(d.r.Units) {
				continue
			}
			after := d.r.Units[i]
			if ed == release.JA {
				after.StatusJA = s
			} else {
				after.StatusEN = s
			}
			ops = append(ops, op{kind: opReplace, index: i, before: d.r.Units[i], after: after})
		}
		return d.run(ops)
	})
}

// Insert adds an empty unit of kind k at position i and returns i.
func (d *Doc) Insert(i int, k release.Kind) int {
	d.mutate(func() (Change, bool) {
		i = max(0, min(i, len(d.r.Units)))
		return d.run([]op{{kind: opInsert, index: i, after: d.r.NewUnit(k, "", "")}})
	})
	return i
}

// Delete removes unit i.
func (d *Doc) Delete(i int) {
	d.mutate(func() (Change, bool) {
		if i < 0 || i >= len(d.r.Units) {
			return Change{}, false
		}
		return d.run([]op{{kind: opDelete, index: i, after: d.r.Units[i]}})
	})
}

// Move moves unit i by delta places and returns its new index.
func (d *Doc) Move(i, delta int) int {
	moved := i
	d.mutate(func() (Change, bool) {
		j := i + delta
		if i < 0 || i >= len(d.r.Units) || j < 0 || j >= len(d.r.Units) || delta == 0 {
			return Change{}, false
		}
		u := d.r.Units[i]
		moved = j
		return d.run([]op{{kind: opDelete, index: i, after: u}, {kind: opInsert, index: j, after: u}})
	})
	return moved
}

// Split cuts unit i in two: the Japanese text at byte offset atJA and the
// English at atEN; what follows the cuts goes into a new unit after it.
func (d *Doc) Split(i, atJA, atEN int) {
	d.mutate(func() (Change, bool) {
		if i < 0 || i >= len(d.r.Units) {
			return Change{}, false
		}
		first := d.r.Units[i]
		atJA, atEN = clampCut(first.JA, atJA), clampCut(first.EN, atEN)
		second := d.r.NewUnit(first.Kind, strings.TrimSpace(first.JA[atJA:]), strings.TrimSpace(first.EN[atEN:]))
		if second.Kind == release.Title || second.Kind == release.Heading {
			second.Kind = release.Paragraph
		}
		first.JA, first.EN = strings.TrimSpace(first.JA[:atJA]), strings.TrimSpace(first.EN[:atEN])
		return d.run([]op{{kind: opReplace, index: i, before: d.r.Units[i], after: first}, {kind: opInsert, index: i + 1, after: second}})
	})
}

// clampCut keeps a cut inside the text and on a character boundary.
func clampCut(s string, at int) int {
	at = max(0, min(at, len(s)))
	for at < len(s) && !utf8RuneStart(s[at]) {
		at++
	}
	return at
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// MergeNext joins unit i+1 into unit i, each edition's texts on separate
// lines, so no text is lost.
func (d *Doc) MergeNext(i int) {
	d.mutate(func() (Change, bool) {
		if i < 0 || i+1 >= len(d.r.Units) {
			return Change{}, false
		}
		a, b := d.r.Units[i], d.r.Units[i+1]
		merged := a
		merged.JA, merged.EN = joinLines(a.JA, b.JA), joinLines(a.EN, b.EN)
		return d.run([]op{{kind: opReplace, index: i, before: a, after: merged}, {kind: opDelete, index: i + 1, after: b}})
	})
}

func joinLines(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// ApplyChanges sets the given texts (from Renumber) as one step. Changes
// for units that no longer exist are skipped.
func (d *Doc) ApplyChanges(changes []renumber.Change) {
	d.mutate(func() (Change, bool) {
		staged := map[int]release.Unit{}
		for _, c := range changes {
			if c.Unit < 0 || c.Unit >= len(d.r.Units) {
				continue
			}
			u, ok := staged[c.Unit]
			if !ok {
				u = d.r.Units[c.Unit]
			}
			u.SetText(c.Edition, c.Text)
			staged[c.Unit] = u
		}
		var ops []op
		for i, u := range staged {
			ops = append(ops, op{kind: opReplace, index: i, before: d.r.Units[i], after: u})
		}
		slices.SortFunc(ops, func(a, b op) int { return a.index - b.index })
		return d.run(ops)
	})
}

// Ignore records that finding f stays as it is, for the given reason,
// until its unit's texts change.
func (d *Doc) Ignore(f check.Finding, reason, by string) {
	d.mutate(func() (Change, bool) {
		if f.Unit < 0 || f.Unit >= len(d.r.Units) {
			return Change{}, false
		}
		rec := check.IgnoreRecord(d.r, f, reason, by, d.now().UTC().Format(time.RFC3339))
		after := append(append([]release.Ignore(nil), d.r.Ignored...), rec)
		return d.run([]op{{kind: opIgnored, ignBefore: d.r.Ignored, ignAfter: after}})
	})
}

// Undo takes back the last step; false when there is none.
func (d *Doc) Undo() bool { return d.replay(&d.hist.undo, &d.hist.redo, false) }

// Redo re-applies the last step undone; false when there is none.
func (d *Doc) Redo() bool { return d.replay(&d.hist.redo, &d.hist.undo, true) }

// replay moves the last step of from onto to, applying its ops forwards
// (redo) or inverted in reverse order (undo).
func (d *Doc) replay(from, to *[]*transaction, forward bool) bool {
	ch := d.mutate(func() (Change, bool) {
		n := len(*from)
		if n == 0 {
			return Change{}, false
		}
		t := (*from)[n-1]
		*from = (*from)[:n-1]
		for k := range t.ops {
			o := t.ops[k]
			if !forward {
				o = t.ops[len(t.ops)-1-k].inverse()
			}
			o.apply(d.r)
		}
		t.typing = false
		*to = append(*to, t)
		return summarize(t.ops), true
	})
	return ch.Gen != 0
}
