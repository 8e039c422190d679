package align

import "slices"

// Local repair after the dynamic programme. Real English editions merge a
// greeting into the next paragraph, print the time before the date, or add
// a note of their own; a monotone alignment then leaves a line one-sided
// although its counterpart stands one or two units away. Repair looks only
// at one-sided units and their near neighbours, so a one-sided line never
// shifts the pairs further down.

// maxSide bounds how many blocks of one edition a repaired unit holds.
const maxSide = 3

// repairReach is how many units away a counterpart may stand.
const repairReach = 3

// repair improves pairs in place and returns them.
func (a *aligner) repair(pairs []Pair) []Pair {
	pairs = a.crossings(pairs)
	return a.absorb(pairs)
}

// absorb joins a one-sided line to a neighbouring 1–1 unit when the
// joined unit scores better than the two apart (the greeting line that the
// English merges into its first paragraph). A unit that is already a
// merge takes nothing more: a note of its own stays one-sided, and is
// reported.
func (a *aligner) absorb(pairs []Pair) []Pair {
	header := a.headerEnd(pairs)
	out := make([]Pair, 0, len(pairs))
	for k := 0; k < len(pairs); k++ {
		p := pairs[k]
		if len(p.JA)+len(p.EN) != 1 || a.furniturePair(p) {
			out = append(out, p) // only a single one-sided line is absorbed
			continue
		}
		// The unit before is final (out's last); the unit after is not
		// yet placed. One pass, so a long release costs linear time.
		var prev, next *Pair
		if len(out) > 0 {
			prev = &out[len(out)-1]
		}
		if k+1 < len(pairs) {
			next = &pairs[k+1]
		}
		gp, gn := a.absorbGain(p, prev, k < header), a.absorbGain(p, next, k < header)
		switch {
		case gp > 0 && gp >= gn:
			*prev = join([]Pair{*prev, p}, 0, 1)
		case gn > 0:
			*next = join([]Pair{p, *next}, 0, 1)
		default:
			out = append(out, p)
		}
	}
	return out
}

// absorbGain rates joining the one-sided line p to the 1–1 unit n; 0 or
// less means no.
func (a *aligner) absorbGain(p Pair, n *Pair, inHeader bool) float64 {
	if n == nil || len(n.JA) != 1 || len(n.EN) != 1 {
		return 0
	}
	joined := join([]Pair{p, *n}, 0, 1)
	if n.JA[0] < first(p.JA) || n.EN[0] < first(p.EN) {
		joined = join([]Pair{*n, p}, 0, 1)
	}
	// The absorbed line's unmatched facts are unmatched whether it stands
	// alone or not, so they do not count against joining.
	gain := a.score(joined) - a.score(*n) + skipCost + 0.3*float64(a.unmatchedKeys(p, *n))
	if a.shortSentence(p) {
		gain += shortLineBonus // a greeting or a closing formula, run into the paragraph
	}
	if inHeader && a.titleLines(p) && a.titleLines(*n) {
		gain = max(gain, 0) + titleBonus // a title broken over lines: lengths say little
	}
	return gain
}

// first is the first index of x, -1 when x is empty.
func first(x []int) int {
	if len(x) == 0 {
		return -1
	}
	return x[0]
}

// crossings finds a one-sided unit and a unit at most repairReach units
// away whose other edition shares a hard fact (a date, a number, a time)
// with it, such as a date line and a time line printed in the other order,
// and makes the units from one to the other a single unit. Only short
// lines are joined so: paragraphs or sections that changed places are a
// finding for the checker (sections moved), not something to hide.
func (a *aligner) crossings(pairs []Pair) []Pair {
	// A join that no order allows sends the walk back to its first unit
	// all the same; found again with nothing joined since (joins counts
	// them), it would be found forever, and the walk goes on instead.
	joins, stuckAt, stuckJoins := 0, -1, -1
	for k := 0; k < len(pairs); k++ {
		if !oneSidedPair(pairs[k]) || a.furniturePair(pairs[k]) || !a.shortLines(pairs[k]) {
			continue
		}
		for n := max(k-repairReach, 0); n <= k+repairReach && n < len(pairs); n++ {
			if n == k || !a.shortLines(pairs[n]) || !a.sharesHard(pairs[k], pairs[n]) {
				continue
			}
			lo, hi := min(k, n), max(k, n)
			joined := join(pairs, lo, hi)
			if len(joined.JA) > maxSide || len(joined.EN) > maxSide || a.anyFurniture(joined) {
				continue
			}
			joinedAll, ok := a.joinAround(pairs, lo, hi)
			switch {
			case ok:
				pairs, k = joinedAll, lo
				joins++
			case stuckAt != k || stuckJoins != joins:
				stuckAt, stuckJoins, k = k, joins, lo
			}
			break
		}
	}
	return pairs
}

// joinAround makes one unit of pairs[k] and pairs[n] and the two-sided
// units between them; a one-sided unit between them that shares nothing
// with them (a title the other edition lacks) stays a unit of its own,
// placed before or after the joined unit as document order allows. ok is
// false, and pairs are returned as they were, when no order allows.
func (a *aligner) joinAround(pairs []Pair, k, n int) (_ []Pair, ok bool) {
	var before, after []Pair
	core := []Pair{pairs[k]}
	for m := k + 1; m < n; m++ {
		if oneSidedPair(pairs[m]) && !a.sharesHard(pairs[m], pairs[k]) && !a.sharesHard(pairs[m], pairs[n]) {
			before = append(before, pairs[m])
			continue
		}
		core = append(core, pairs[m])
	}
	core = append(core, pairs[n])
	joined := join(core, 0, len(core)-1)
	for _, p := range before {
		if !precedes(p, joined) {
			after = append(after, p)
		}
	}
	before = slices.DeleteFunc(before, func(p Pair) bool { return !precedes(p, joined) })
	if len(after) > 0 && !allFollow(after, joined) {
		return pairs, false // no order keeps them apart: leave the units as they are
	}
	out := append(pairs[:k:k], before...)
	out = append(out, joined)
	out = append(out, after...)
	return append(out, pairs[n+1:]...), true
}

// precedes reports whether every block of p comes before joined's blocks
// of the same edition.
func precedes(p, joined Pair) bool {
	return (len(p.JA) == 0 || len(joined.JA) == 0 || p.JA[len(p.JA)-1] < joined.JA[0]) &&
		(len(p.EN) == 0 || len(joined.EN) == 0 || p.EN[len(p.EN)-1] < joined.EN[0])
}

func allFollow(ps []Pair, joined Pair) bool {
	for _, p := range ps {
		if len(p.JA) > 0 && p.JA[0] < joined.JA[len(joined.JA)-1] || len(p.EN) > 0 && p.EN[0] < joined.EN[len(joined.EN)-1] {
			return false
		}
	}
	return true
}

func oneSidedPair(p Pair) bool { return len(p.JA) == 0 || len(p.EN) == 0 }

func (a *aligner) furniturePair(p Pair) bool {
	for _, i := range p.JA {
		if a.ja[i].Furniture {
			return true
		}
	}
	for _, j := range p.EN {
		if a.en[j].Furniture {
			return true
		}
	}
	return false
}

func (a *aligner) anyFurniture(p Pair) bool { return a.furniturePair(p) }

// sharesHard reports whether the blocks of the one-sided unit x and the
// other edition's blocks of y have a hard fact in common.
func (a *aligner) sharesHard(x, y Pair) bool {
	ja, en := x.JA, y.EN
	if len(ja) == 0 {
		ja, en = y.JA, x.EN
	}
	for _, i := range ja {
		for _, j := range en {
			if intersect(a.ja[i].Keys, a.en[j].Keys) > 0 {
				return true
			}
		}
	}
	return false
}

// score rates a unit as pairScore does; a unit's blocks are contiguous.
func (a *aligner) score(p Pair) float64 {
	if oneSidedPair(p) {
		return -skipCost * float64(len(p.JA)+len(p.EN))
	}
	return a.pairScore(p.JA[0], len(p.JA), p.EN[0], len(p.EN))
}

// join makes one unit of pairs[lo..hi].
func join(pairs []Pair, lo, hi int) Pair {
	var p Pair
	for k := lo; k <= hi; k++ {
		p.JA = append(p.JA, pairs[k].JA...)
		p.EN = append(p.EN, pairs[k].EN...)
	}
	return p
}

// unmatchedKeys counts the hard facts of the one-sided unit u that the
// other edition's blocks of v do not have.
func (a *aligner) unmatchedKeys(u, v Pair) int {
	n := 0
	for _, i := range u.JA {
		for _, key := range a.ja[i].Keys {
			if !a.hasKey(a.en, v.EN, key) {
				n++
			}
		}
	}
	for _, j := range u.EN {
		for _, key := range a.en[j].Keys {
			if !a.hasKey(a.ja, v.JA, key) {
				n++
			}
		}
	}
	return min(n, 5)
}

func (a *aligner) hasKey(blocks []Block, idx []int, key uint32) bool {
	for _, i := range idx {
		if _, ok := slices.BinarySearch(blocks[i].Keys, key); ok {
			return true
		}
	}
	return false
}

// maxCrossRunes bounds the lines that crossings joins: date, time and
// place lines of a release's header (never a numbered heading).
const maxCrossRunes = 40

func (a *aligner) shortLines(p Pair) bool {
	return a.every(p, func(b *Block) bool { return b.Runes <= maxCrossRunes && !b.Sentence && b.Path == "" })
}

// every tells whether ok holds for every block of p, in both editions.
func (a *aligner) every(p Pair, ok func(b *Block) bool) bool {
	for _, i := range p.JA {
		if !ok(&a.ja[i]) {
			return false
		}
	}
	for _, j := range p.EN {
		if !ok(&a.en[j]) {
			return false
		}
	}
	return true
}

// titleBonus makes a one-sided title line join its neighbour in the header
// of a release, whatever the lengths: "外務大臣談話" against "Local
// Elections in Ukraine" and "(Statement by Foreign Minister …)".
const titleBonus = 0.01

// headerEnd is the index of the first unit with a sentence in it: above it
// stand the title lines, which editions break differently.
func (a *aligner) headerEnd(pairs []Pair) int {
	if a.inBody {
		return 0
	}
	for k, p := range pairs {
		for _, i := range p.JA {
			if a.ja[i].Sentence {
				return k
			}
		}
		for _, j := range p.EN {
			if a.en[j].Sentence {
				return k
			}
		}
	}
	return len(pairs)
}

// maxTitleRunes bounds a title line (English characters).
const maxTitleRunes = 60

// titleLines reports whether every block of p may be a line of a title:
// short, no sentence, no label, no date line, caption or furniture.
func (a *aligner) titleLines(p Pair) bool {
	return a.every(p, func(b *Block) bool {
		return !b.Sentence && !b.DateLine && !b.Caption && !b.Furniture && b.Path == "" && b.Runes <= maxTitleRunes
	})
}

// shortLineBonus takes back part of the merge penalty for a short sentence:
// translators run greetings ("おはようございます。") and formulas into the
// next paragraph, where a long paragraph of its own would stay apart.
const shortLineBonus = 0.4

// maxShortRunes bounds such a short sentence.
const maxShortRunes = 40

func (a *aligner) shortSentence(p Pair) bool {
	for _, i := range p.JA {
		return a.ja[i].Sentence && a.ja[i].Runes <= maxShortRunes
	}
	for _, j := range p.EN {
		return a.en[j].Sentence && a.en[j].Runes <= 2*maxShortRunes
	}
	return false
}
