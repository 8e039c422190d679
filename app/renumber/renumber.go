// Package renumber works out the text changes that put a release's
// numbering labels in order: running one level 1, 2, 3 … within an edition,
// or making the English labels follow the Japanese ones. It only proposes
// changes; the caller shows them and applies the ones the user accepts.
//
// A change rewrites only the label at the start of a unit's text, in the
// label's own style, width and punctuation ("(5)" becomes "(4)", "（５）"
// "（４）", "ウ" "イ"), and keeps the rest of the text byte for byte.
package renumber

import (
	"cmp"
	"slices"

	"taiyaku/app/numbering"
	"taiyaku/app/outline"
	"taiyaku/app/release"
)

// Change is one unit's new text in one edition.
type Change struct {
	Unit    int // index in Release.Units
	Edition release.Edition
	Text    string // the unit's whole new text in Edition
}

// LevelInfo is one label level of an edition, for a menu.
type LevelInfo struct {
	Level   int    // 1-based, as numbering.Analyze levels the edition
	Example string // the first label at that level, as typed ("（１）")
}

// Sequential returns the changes that make every label at level (1-based,
// as numbering.Analyze levels them in edition ed) run 1, 2, 3 … under each
// parent: the count restarts after any label of a shallower level. Each
// label keeps its own style, width and punctuation; only the ordinal
// changes. Labels already right produce no change, and deeper labels are
// left alone. The changes are in unit order.
func Sequential(r *release.Release, ed release.Edition, level int) []Change {
	if r == nil || level < 1 {
		return nil
	}
	var out []Change
	count := 0
	for i, in := range outline.Analyze(r, ed) {
		switch {
		case in.Label == nil || in.Level > level:
		case in.Level < level:
			count = 0
		default:
			count++
			out = appendChange(out, r, i, ed, in.Label, count)
		}
	}
	return out
}

// FollowJapanese returns the changes that make each English label carry
// the ordinal of the Japanese label of the same unit, for the units where
// both editions have a label at the same level. The English style is kept:
// "(5)" against "（４）" becomes "(4)", "(c)" against "ア" becomes "(a)". The
// changes are in unit order.
func FollowJapanese(r *release.Release) []Change {
	if r == nil {
		return nil
	}
	ja, en := outline.Analyze(r, release.JA), outline.Analyze(r, release.EN)
	var out []Change
	for i := range r.Units {
		j, e := ja[i], en[i]
		if j.Label == nil || e.Label == nil || j.Level != e.Level {
			continue
		}
		out = appendChange(out, r, i, release.EN, e.Label, j.Label.Ordinal)
	}
	return out
}

// Levels returns the label levels present in edition ed, shallowest first,
// each with the first label found at that level as its example.
func Levels(r *release.Release, ed release.Edition) []LevelInfo {
	if r == nil {
		return nil
	}
	seen := map[int]bool{}
	var out []LevelInfo
	for _, in := range outline.Analyze(r, ed) {
		if in.Label != nil && !seen[in.Level] {
			seen[in.Level] = true
			out = append(out, LevelInfo{Level: in.Level, Example: in.Label.Raw})
		}
	}
	slices.SortFunc(out, func(a, b LevelInfo) int { return cmp.Compare(a.Level, b.Level) })
	return out
}

// appendChange adds the change that gives unit i's label l the ordinal
// want in edition ed, unless it already has it.
func appendChange(out []Change, r *release.Release, i int, ed release.Edition, l *numbering.Label, want int) []Change {
	if l.Ordinal == want {
		return out
	}
	old := r.Units[i].Text(ed)
	text, ok := numbering.RelabelText(old, *l, want)
	if !ok || text == old {
		return out
	}
	return append(out, Change{Unit: i, Edition: ed, Text: text})
}
