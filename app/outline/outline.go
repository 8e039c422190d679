// Package outline reads the numbering of each edition of a release: which
// units carry labels, at which level, under which parents. The checker,
// renumbering, export and the editor's outline all read it the same way.
package outline

import (
	"taiyaku/app/internal/swar"
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
	heads := mayCarry(r)
	return analyzeTexts(r, texts(r, ed), heads)
}

// AnalyzeBoth is Analyze of both editions, which the checker reads every
// time: whether each unit may carry labels is decided once, and the two
// editions are numbered on two cores.
func AnalyzeBoth(r *release.Release) (ja, en []numbering.Info) {
	return AnalyzeBothHanded(r, nil)
}

// AnalyzeBothHanded is AnalyzeBoth of a release whose texts the import
// read, h its hand-off (nil: none). A text the import found without a
// label (textfacts.Reading.Bare) is numbered as a unit that may carry
// none, which is not parsed again; a unit whose texts are both such is
// not measured for MayCarryLabel. Either way its Info is the same: no
// label parses from it.
func AnalyzeBothHanded(r *release.Release, h *textfacts.Handoff) (ja, en []numbering.Info) {
	jaTexts, enTexts := texts(r, release.JA), texts(r, release.EN)
	jaHeads, enHeads := mayCarryHanded(r, h, jaTexts, enTexts)
	done := make(chan struct{})
	go func() {
		defer close(done)
		ja = analyzeTexts(r, jaTexts, jaHeads)
	}()
	en = analyzeTexts(r, enTexts, enHeads)
	<-done
	return ja, en
}

// mayCarryHanded is mayCarry for each edition, false where h says the
// edition's text carries no label. Such a text need not be read at all,
// and is left out of its edition's texts (""), unless it may be the one
// numbering.BreadcrumbLen compares with the title, the first text after
// the trail: a text after another bare one never is (the trail ends at a
// text without a label, at the latest).
func mayCarryHanded(r *release.Release, h *textfacts.Handoff, jaTexts, enTexts []string) (ja, en []bool) {
	ja, en = make([]bool, len(r.Units)), make([]bool, len(r.Units))
	jaPrev, enPrev := false, false // the text before is bare
	for i := range r.Units {
		u := &r.Units[i]
		jaBare, enBare := false, false
		if u.Kind != release.Furniture {
			jaBare = h.Reading(i, textfacts.JA).Bare(u.JA)
			enBare = h.Reading(i, textfacts.EN).Bare(u.EN)
			if !jaBare || !enBare {
				may := MayCarryLabel(u)
				ja[i], en[i] = may && !jaBare, may && !enBare
			}
		}
		if jaBare && jaPrev {
			jaTexts[i] = ""
		}
		if enBare && enPrev {
			enTexts[i] = ""
		}
		jaPrev, enPrev = jaBare, enBare
	}
	return ja, en
}

// mayCarry is MayCarryLabel of each unit (false for furniture).
func mayCarry(r *release.Release) []bool {
	heads := make([]bool, len(r.Units))
	for i := range r.Units {
		if u := &r.Units[i]; u.Kind != release.Furniture {
			heads[i] = MayCarryLabel(u)
		}
	}
	return heads
}

// texts are the units' texts in edition ed, furniture left empty.
func texts(r *release.Release, ed release.Edition) []string {
	out := make([]string, len(r.Units))
	for i := range r.Units {
		if u := &r.Units[i]; u.Kind != release.Furniture {
			out[i] = u.Text(ed)
		}
	}
	return out
}

// analyzeTexts numbers one edition's texts and marks the furniture.
func analyzeTexts(r *release.Release, texts []string, heads []bool) []numbering.Info {
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
	if may, decided := labelByKind(u.Kind); decided {
		return may
	}
	if u.JA != "" {
		return runesAtMost(u.JA, maxLabelledRunes)
	}
	return runesAtMost(u.EN, 2*maxLabelledRunes)
}

// MayCarryLabelCounted is MayCarryLabel for a caller that counts the
// characters of the unit's texts itself (the checker, which has read
// them once already): jaRunes and enRunes must return
// utf8.RuneCountInString of u.JA and u.EN, and are called only when the
// answer needs them.
func MayCarryLabelCounted(u *release.Unit, jaRunes, enRunes func() int) bool {
	if may, decided := labelByKind(u.Kind); decided {
		return may
	}
	if u.JA != "" {
		return jaRunes() <= maxLabelledRunes
	}
	return enRunes() <= 2*maxLabelledRunes
}

// labelByKind is what a unit's kind alone says about its labels: headings
// and items carry them, furniture never; other kinds are decided by
// length (decided false).
func labelByKind(k release.Kind) (may, decided bool) {
	switch k {
	case release.Heading, release.Item:
		return true, true
	case release.Furniture:
		return false, true
	}
	return false, false
}

// runesAtMost is textfacts.RunesAtMost, quicker for long texts: each
// character starts with a byte that continues none, so more such bytes
// than n settle it without decoding. The bytes are counted eight at a
// time: a continuation byte is 10xxxxxx, the only one with bit 7 set and
// bit 6 clear. It runs on every unit of every check.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true
	}
	if len(s) > 4*n {
		return false // a character is at most four bytes, a broken byte one
	}
	starts := len(s) - swar.Continuations(s)
	if starts > n {
		return false
	}
	return textfacts.RunesAtMost(s, n) // stray continuation bytes count too
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
