package approval

import "taiyaku/app/release"

// ChangeKind is how a unit of an edition changed since its approval.
type ChangeKind string

// The kinds of change. Moved is a unit whose text and kind are as approved
// but which now stands elsewhere among the approved units.
const (
	Added   ChangeKind = "added"
	Removed ChangeKind = "removed"
	Edited  ChangeKind = "edited" // its text or its kind changed
	Moved   ChangeKind = "moved"
)

// Change is one unit of an edition that differs from the approved rows.
type Change struct {
	Kind    ChangeKind
	ID      string // the unit's id
	Index   int    // its index in r.Units now; -1 when removed
	OldKind release.Kind
	NewKind release.Kind
	Old     string // the approved text ("" when added)
	New     string // the text now, normalised ("" when removed)
}

// Changes lists what changed in edition ed since it was approved, units
// matched by id, in document order; a removed unit comes after the unit
// that preceded it when it was approved. Nil when ed is not approved.
func Changes(r *release.Release, ed release.Edition) []Change {
	a := Find(r, ed)
	if a == nil {
		return nil
	}
	rows, at := rowsAt(r, ed)
	now := make(map[string]int, len(rows)) // id → position in rows
	for j, row := range rows {
		now[row.ID] = j
	}
	was := make(map[string]release.ApprovedRow, len(a.Approved))
	for _, row := range a.Approved {
		was[row.ID] = row
	}
	removedAfter := removedByAnchor(a.Approved, now)
	moved := movedIDs(a.Approved, rows)
	out := removedAfter[-1]
	for j, row := range rows {
		if c, ok := changeOf(was, row, moved); ok {
			c.Index = at[j]
			out = append(out, c)
		}
		out = append(out, removedAfter[j]...)
	}
	return out
}

// changeOf compares a current row with its approved version, if any.
func changeOf(was map[string]release.ApprovedRow, row release.ApprovedRow, moved map[string]bool) (Change, bool) {
	c := Change{ID: row.ID, NewKind: row.Kind, New: row.Text}
	old, ok := was[row.ID]
	switch {
	case !ok:
		c.Kind = Added
	case old.Text != row.Text || old.Kind != row.Kind:
		c.Kind, c.OldKind, c.Old = Edited, old.Kind, old.Text
	case moved[row.ID]:
		c.Kind, c.OldKind, c.Old = Moved, old.Kind, old.Text
	default:
		return c, false
	}
	return c, true
}

// removedByAnchor groups the approved rows that are gone by the current
// position of the last approved row before them that remains (-1: none).
func removedByAnchor(approved []release.ApprovedRow, now map[string]int) map[int][]Change {
	out := map[int][]Change{}
	anchor := -1
	for _, row := range approved {
		if j, ok := now[row.ID]; ok {
			anchor = j
			continue
		}
		out[anchor] = append(out[anchor], Change{Kind: Removed, ID: row.ID, Index: -1, OldKind: row.Kind, Old: row.Text})
	}
	return out
}

// movedIDs finds the units that left their approved order: of the units in
// both, those outside a longest run that keeps its approved order.
func movedIDs(approved, rows []release.ApprovedRow) map[string]bool {
	was := make(map[string]int, len(approved))
	for k, row := range approved {
		was[row.ID] = k
	}
	var ids []string
	var seq []int // approved positions of the kept units, in current order
	for _, row := range rows {
		if k, ok := was[row.ID]; ok {
			ids = append(ids, row.ID)
			seq = append(seq, k)
		}
	}
	moved := map[string]bool{}
	keep := longestIncreasing(seq)
	for i, id := range ids {
		if !keep[i] {
			moved[id] = true
		}
	}
	return moved
}

// longestIncreasing marks the members of one longest strictly increasing
// subsequence of seq (patience sorting, O(n log n)).
func longestIncreasing(seq []int) []bool {
	tails := []int{} // index in seq of the smallest tail of each length
	prev := make([]int, len(seq))
	for i, v := range seq {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if seq[tails[mid]] < v {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prev[i] = -1
		if lo > 0 {
			prev[i] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, i)
		} else {
			tails[lo] = i
		}
	}
	keep := make([]bool, len(seq))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			keep[i] = true
		}
	}
	return keep
}
