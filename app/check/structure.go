package check

import (
	"strconv"
	"strings"

	"taiyaku/app/numbering"
	"taiyaku/app/outline"
	"taiyaku/app/release"
	"taiyaku/app/textfacts"
)

// edition is the numbering of one edition, unit by unit.
type edition struct {
	side  Side
	infos []numbering.Info // indexed by unit
	flaw  []bool           // the unit breaks this edition's own sequence
	heads []bool           // the unit is an unnumbered heading in this edition (【参考】, 担当)
	// absent marks the units with text in the other edition only; other
	// is that edition.
	absent []bool
	other  *edition
}

// checkStructure reads the numbering of both editions and compares it
// within each edition (sequence, style) and across them (paths, levels).
// h is the import's hand-off (nil: none): the texts it read without a
// label are not parsed again.
//
// One defect gives one finding: a label that breaks its edition's sequence
// and differs from the other edition is reported once, as the mismatch, on
// the edition that breaks; the labels under a mismatched (or unpaired)
// parent are compared by their own ordinal only.
func checkStructure(r *release.Release, year int, h *textfacts.Handoff) ([]Finding, map[int]bool) {
	var seq []Finding
	jaInfos, enInfos := outline.AnalyzeBothHanded(r, h)
	ja, en := analyze(r, release.JA, jaInfos), analyze(r, release.EN, enInfos)
	ja.other, en.other = en, ja
	seq = ja.sequence(seq)
	seq = en.sequence(seq)
	cmp := comparer{r: r, ja: ja, en: en, flagged: map[int]bool{}, explained: map[int]bool{}, styled: map[int]bool{}}
	for _, f := range seq {
		if f.Check == NumberingStyle {
			cmp.styled[f.Unit] = true
		}
	}
	var out []Finding
	for i := range r.Units {
		out = cmp.compare(i, out)
	}
	for _, f := range seq {
		if !cmp.flagged[f.Unit] || f.Message == "FindingDoubledLabel" {
			out = append(out, f)
		}
	}
	return checkOrder(r, year, out)
}

// analyze reads one edition's numbering, infos.
func analyze(r *release.Release, e release.Edition, infos []numbering.Info) *edition {
	n := len(r.Units)
	ed := &edition{side: sideOf(e), infos: infos, flaw: make([]bool, n), heads: make([]bool, n), absent: make([]bool, n)}
	for i := range r.Units {
		u := &r.Units[i]
		ed.heads[i] = ed.infos[i].Label == nil && (u.Kind == release.Heading || u.Kind == release.Title) && !blank(u.Text(e))
		ed.absent[i] = blank(u.Text(e)) && !(blank(u.JA) && blank(u.EN))
	}
	return ed
}

// sequence reports gaps, repeats and steps back within each level, and a
// level that switches label style midway. A list that starts again at 1
// after an unnumbered heading is a new list, not a step back.
func (ed *edition) sequence(out []Finding) []Finding {
	// By level (from 1; a handful): the previous label at each open
	// level (nil: none), and its unit (-1: none yet, kept when the level
	// closes). Slices rather than maps: closing the deeper levels at
	// every label is a truncation, not a walk over a map.
	var last []*numbering.Info
	var lastAt []int
	head := -1 // the latest unnumbered heading
	for i := range ed.infos {
		in := &ed.infos[i]
		if ed.heads[i] {
			head = i
		}
		if in.Label == nil {
			continue
		}
		for len(last) <= in.Level {
			last = append(last, nil)
		}
		for len(lastAt) <= in.Level {
			lastAt = append(lastAt, -1)
		}
		if in.Label.Ordinal == 1 && last[in.Level] != nil && head > lastAt[in.Level] {
			last[in.Level] = nil // a new list under an unnumbered heading ("【参考】", then 1. again)
		}
		prevAt := lastAt[in.Level]
		seen := prevAt >= 0
		lastAt[in.Level] = i
		if in.Label.Doubled {
			out = append(out, newFinding(NumberingSequence, i, ed.side, "FindingDoubledLabel", "Label", in.Label.Raw))
		}
		prev := last[in.Level]
		want := 1
		if prev != nil {
			want = prev.Label.Ordinal + 1
		}
		if in.Label.Ordinal != want && seen && ed.missingBetween(prevAt, i) {
			// a label this edition lacks stands in between: a unit
			// reported as missing, which skipped a number or a parent
			want = in.Label.Ordinal
		}
		if in.Label.Ordinal != want && in.Label.Style != numbering.StyleBullet {
			if f, ok := ed.styleBreak(i, in, last); ok {
				out = append(out, f)
			} else {
				out = append(out, ed.sequenceFinding(i, in, prev, want))
			}
			ed.flaw[i] = true
		}
		last[in.Level] = in
		last = last[:in.Level+1] // the deeper levels close
	}
	return out
}

// styleBreak spots "（１）…（５）, 6)": the new style opened a deeper level
// in the analysis, but its ordinal continues the level above it.
func (ed *edition) styleBreak(i int, in *numbering.Info, last []*numbering.Info) (Finding, bool) {
	if in.Level < 2 {
		return Finding{}, false // no level above
	}
	up := last[in.Level-1] // last holds in.Level
	if up == nil || up.Label.Ordinal+1 != in.Label.Ordinal || up.Label.Style == in.Label.Style {
		return Finding{}, false
	}
	return newFinding(NumberingStyle, i, ed.side, "FindingNumberingStyle",
		"Label", in.Label.Raw, "Previous", up.Label.Raw), true
}

// missingBetween reports whether a unit between a and b has a labelled
// text in the other edition only: the gap it leaves in this edition's
// numbering is that missing counterpart, already reported.
func (ed *edition) missingBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ed.absent[k] && ed.other.infos[k].Label != nil {
			return true
		}
	}
	return false
}

func (ed *edition) sequenceFinding(i int, in, prev *numbering.Info, want int) Finding {
	msg := "FindingSequenceGap"
	switch {
	case prev != nil && in.Label.Ordinal == prev.Label.Ordinal:
		msg = "FindingSequenceRepeat"
	case in.Label.Ordinal < want:
		msg = "FindingSequenceBack"
	}
	prevRaw := ""
	if prev != nil {
		prevRaw = prev.Label.Raw
	}
	return newFinding(NumberingSequence, i, ed.side, msg, "Label", in.Label.Raw, "Previous", prevRaw, "Expected", want)
}

func pathKey(p []int) string {
	parts := make([]string, len(p))
	for i, n := range p {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ".")
}

// kindLabels reports which texts of a unit start with a numbering label,
// for the kind check: a numbered heading paired with prose. A bullet ("- ",
// "・") numbers nothing, and a numbered paragraph is no heading.
func kindLabels(in *unitInput) (ja, en bool) {
	jl, jok, el, eok := in.jaLabel, in.jaOK, in.enLabel, in.enOK
	ja, en = jok && in.jaBody != strings.TrimSpace(in.unit.JA), eok && in.enBody != strings.TrimSpace(in.unit.EN)
	switch {
	case ja && jl.Style == numbering.StyleBullet, en && el.Style == numbering.StyleBullet:
		return false, false // a list entry, whatever marks it in the other edition
	case ja && !en && isSentence(in.jaBody), en && !ja && isSentence(in.enBody):
		// the number of a paragraph that is a sentence: a dropped number
		// shows as a gap in the numbering, which is reported there
		return false, false
	}
	return ja, en
}

// stripLineLabels removes the label at the start of every further line of
// a unit's text: an import joins two paragraphs ("1 本7日…\n2 …") into one
// unit, and the content checks must not read "2" as a number.
func stripLineLabels(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = numbering.Body(lines[i])
	}
	return strings.Join(lines, "\n")
}
