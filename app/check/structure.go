package check

import (
	"strconv"
	"strings"

	"taiyaku/app/numbering"
	"taiyaku/app/outline"
	"taiyaku/app/release"
)

// edition is the numbering of one edition, unit by unit.
type edition struct {
	side  Side
	infos []numbering.Info // indexed by unit
	flaw  []bool           // the unit breaks this edition's own sequence
}

// checkStructure reads the numbering of both editions and compares it
// within each edition (sequence, style) and across them (paths, levels).
func checkStructure(r *release.Release) []Finding {
	var out []Finding
	ja, en := analyze(r, release.JA), analyze(r, release.EN)
	out = ja.sequence(out)
	out = en.sequence(out)
	for i := range r.Units {
		out = comparePaths(i, &ja.infos[i], &en.infos[i], ja.flaw[i], en.flaw[i], out)
	}
	return out
}

// analyze numbers one edition.
func analyze(r *release.Release, e release.Edition) *edition {
	return &edition{side: sideOf(e), infos: outline.Analyze(r, e), flaw: make([]bool, len(r.Units))}
}

// sequence reports gaps, repeats and steps back within each level, and a
// level that switches label style midway.
func (ed *edition) sequence(out []Finding) []Finding {
	last := map[int]*numbering.Info{} // the previous label at each open level
	for i := range ed.infos {
		in := &ed.infos[i]
		if in.Label == nil {
			continue
		}
		prev := last[in.Level]
		want := 1
		if prev != nil {
			want = prev.Label.Ordinal + 1
		}
		if in.Label.Ordinal != want {
			if f, ok := ed.styleBreak(i, in, last); ok {
				out = append(out, f)
			} else {
				out = append(out, ed.sequenceFinding(i, in, prev, want))
			}
			ed.flaw[i] = true
		}
		last[in.Level] = in
		for lv := range last {
			if lv > in.Level {
				delete(last, lv)
			}
		}
	}
	return out
}

// styleBreak spots "（１）…（５）, 6)": the new style opened a deeper level
// in the analysis, but its ordinal continues the level above it.
func (ed *edition) styleBreak(i int, in *numbering.Info, last map[int]*numbering.Info) (Finding, bool) {
	up := last[in.Level-1]
	if up == nil || up.Label.Ordinal+1 != in.Label.Ordinal || up.Label.Style == in.Label.Style {
		return Finding{}, false
	}
	return newFinding(NumberingStyle, i, ed.side, "FindingNumberingStyle",
		"Label", in.Label.Raw, "Previous", up.Label.Raw), true
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

// comparePaths compares the numbering of one unit across the editions.
// The defect is put on the edition whose own sequence breaks there; when
// neither or both break, on the English, which follows the source.
func comparePaths(i int, ja, en *numbering.Info, jaFlaw, enFlaw bool, out []Finding) []Finding {
	if ja.Label == nil || en.Label == nil {
		return out
	}
	side := EN
	if jaFlaw && !enFlaw {
		side = JA
	}
	switch {
	case ja.Level != en.Level:
		return append(out, newFinding(LevelMismatch, i, side, "FindingLevelMismatch",
			"JA", ja.Label.Raw, "EN", en.Label.Raw, "JALevel", ja.Level, "ENLevel", en.Level))
	case pathKey(ja.Path) != pathKey(en.Path):
		return append(out, newFinding(NumberingMismatch, i, side, "FindingNumberingMismatch",
			"JA", ja.Label.Raw, "EN", en.Label.Raw, "JAPath", pathKey(ja.Path), "ENPath", pathKey(en.Path)))
	}
	return out
}

func pathKey(p []int) string {
	parts := make([]string, len(p))
	for i, n := range p {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ".")
}
