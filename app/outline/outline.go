// Package outline reads the numbering of each edition of a release: which
// units carry labels, at which level, under which parents. The checker,
// renumbering, export and the editor's outline all read it the same way.
package outline

import (
	"taiyaku/app/numbering"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

// maxLabelledRunes bounds the Japanese length of a paragraph-kind unit
// that may carry any label; longer prose keeps only a paragraph number
// (1. (1) ① or a bullet, see numbering.Analyze), since "A." or "一、" may
// open a sentence. Decided per unit, not per edition, so that the longer
// English never loses a label its Japanese keeps.
const maxLabelledRunes = 120

// Analyze returns the numbering of edition ed, one Info per unit.
// Furniture (a page breadcrumb) is left out of the numbering.
func Analyze(r *release.Release, ed release.Edition) []numbering.Info {
	texts := make([]string, len(r.Units))
	heads := make([]bool, len(r.Units))
	for i := range r.Units {
		u := &r.Units[i]
		if u.Kind == release.Furniture {
			continue
		}
		texts[i] = u.Text(ed)
		heads[i] = MayCarryLabel(u)
	}
	infos := numbering.Analyze(texts, heads)
	for i := range r.Units {
		if r.Units[i].Kind == release.Furniture {
			infos[i] = numbering.Info{Furniture: true}
		}
	}
	return infos
}

// MayCarryLabel tells whether a unit's texts are read for labels.
func MayCarryLabel(u *release.Unit) bool {
	switch u.Kind {
	case release.Heading, release.Item:
		return true
	case release.Furniture:
		return false
	}
	if u.JA != "" {
		return textfacts.RunesAtMost(u.JA, maxLabelledRunes)
	}
	return textfacts.RunesAtMost(u.EN, 2*maxLabelledRunes)
}

// Levels returns, for each unit, the level of its label in edition ed (1
// for the top level), or 0 when the unit carries no label there.
func Levels(r *release.Release, ed release.Edition) []int {
	infos := Analyze(r, ed)
	out := make([]int, len(infos))
	for i, in := range infos {
		out[i] = in.Level
	}
	return out
}
