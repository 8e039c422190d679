package check

import (
	"fmt"
	"math"
	"sort"

	"taiyaku/app/release"
)

// minLengthRunes is the Japanese length under which a unit's length ratio
// says nothing: headings and short lines vary too much.
const minLengthRunes = 40

// lengthRatio is a unit's English/Japanese length ratio, 0 when the unit
// is too short or one-sided to say anything.
func lengthRatio(u *release.Unit) float64 {
	return scannedLengthRatio(u, fNonASCII|fIrregular, fNonASCII|fIrregular)
}

// scannedLengthRatio is lengthRatio, quicker with the flags of scanText
// of each text (flags that tell nothing: fNonASCII|fIrregular).
func scannedLengthRatio(u *release.Unit, jaFlags, enFlags textFlags) float64 {
	if u.Kind == release.Title || u.Kind == release.Furniture || u.EN == "" || len(u.JA) < minLengthRunes {
		return 0
	}
	j := runeCount(u.JA, jaFlags)
	if j < minLengthRunes {
		return 0
	}
	return float64(runeCount(u.EN, enFlags)) / float64(j)
}

// lengthRatio is scannedLengthRatio of the unit, with the characters
// counted once for the unit's checks.
func (in *unitInput) lengthRatio() float64 {
	u := in.unit
	if u.Kind == release.Title || u.Kind == release.Furniture || u.EN == "" || len(u.JA) < minLengthRunes {
		return 0
	}
	j := in.jaRuneCount()
	if j < minLengthRunes {
		return 0
	}
	return float64(in.enRuneCount()) / float64(j)
}

// checkLength flags a unit whose English is far longer or shorter than the
// release's median ratio: a sign of a missing or extra sentence.
func checkLength(i int, ratio, norm float64, out []Finding) []Finding {
	if lengthFits(ratio, norm) {
		return out
	}
	return append(out, newFinding(LengthRatio, i, EN, "FindingLengthRatio",
		"Ratio", fmt.Sprintf("%.1f", ratio), "Norm", fmt.Sprintf("%.1f", norm)))
}

// lengthFits reports a ratio within reach of the norm, or one that says
// nothing (0: no norm, or a unit too short).
func lengthFits(ratio, norm float64) bool {
	if norm == 0 || ratio == 0 {
		return true
	}
	rel := ratio / norm
	return rel > 0.4 && rel < 2.5
}

// ratios is a sorted multiset of length ratios (zeros left out): sorted
// once by a full check, then kept sorted so that the median after one
// edit costs a binary search and a copy rather than a sort.
type ratios []float64

func (rs *ratios) add(x float64) {
	if x == 0 {
		return
	}
	k := sort.SearchFloat64s(*rs, x)
	*rs = append(*rs, 0)
	copy((*rs)[k+1:], (*rs)[k:])
	(*rs)[k] = x
}

func (rs *ratios) remove(x float64) {
	if x == 0 {
		return
	}
	if k := sort.SearchFloat64s(*rs, x); k < len(*rs) && (*rs)[k] == x {
		*rs = append((*rs)[:k], (*rs)[k+1:]...)
	}
}

// cuts are the ratios of rs at and below which (lo) and at and above
// which (hi) a ratio does not fit the norm: for a ratio x of rs,
// !lengthFits(x, norm) is x <= lo || x >= hi, since dividing by the norm
// keeps the order. With no norm nothing is cut.
func (rs ratios) cuts(norm float64) (lo, hi float64) {
	if norm == 0 {
		return math.Inf(-1), math.Inf(1)
	}
	lo, hi = math.Inf(-1), math.Inf(1)
	if i := sort.Search(len(rs), func(i int) bool { return rs[i]/norm > 0.4 }); i > 0 {
		lo = rs[i-1]
	}
	if i := sort.Search(len(rs), func(i int) bool { return !(rs[i]/norm < 2.5) }); i < len(rs) {
		hi = rs[i]
	}
	return lo, hi
}

func (rs ratios) median() float64 {
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)/2]
}
