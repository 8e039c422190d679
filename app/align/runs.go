package align

import (
	"math"
	"slices"
)

// The runs of agreeing lines that AlignSparse pairs along the diagonal.

// runs finds the runs of agreeing lines in document order: it walks the
// diagonal while the lines agree and, where they stop, seeks the next run
// on every diagonal within maxDrift of the last one.
func (a *aligner) runs() []run {
	var out []run
	i, j := 0, 0
	for i < len(a.ja) && j < len(a.en) {
		r, ok := a.nextRun(i, j)
		if !ok {
			break
		}
		r.n = a.agreeing(r.i, r.j)
		out = append(out, r)
		i, j = r.i+r.n, r.j+r.n
	}
	return out
}

// agreeing counts the lines that agree from ja[i] and en[j] on. It stops
// before a stretch of more than maxBlind lines that agree by their
// lengths alone: such lines agree as well one line off, after a line that
// one edition lacks, and the run would carry the wrong pairs on. Shorter
// stretches fall inside the margin that the window at the run's end
// aligns again.
func (a *aligner) agreeing(i, j int) int {
	n, blind := 0, 0
	for ; i+n < len(a.ja) && j+n < len(a.en); n++ {
		ok, seen := a.agree(i+n, j+n)
		switch {
		case !ok:
			return n
		case seen:
			blind = 0
		case blind == maxBlind:
			return n - maxBlind
		default:
			blind++
		}
	}
	return n
}

// nextRun finds the first run of at least minRun agreeing lines from
// ja[i] and en[j] on, on a diagonal at most maxDrift away from theirs:
// it walks down the Japanese counting, for every diagonal, the lines that
// have agreed in a row (at most maxBlind of them by length alone), and
// ends a run on a line that agrees by more than its length.
func (a *aligner) nextRun(i, j int) (run, bool) {
	var streak, blind [2*maxDrift + 1]int
	off := j - i
	for x := i; x < len(a.ja); x++ {
		for d := range streak {
			y := x + off + d - maxDrift
			ok, seen := false, false
			if y >= j && y < len(a.en) {
				ok, seen = a.agree(x, y)
			}
			switch {
			case !ok:
				streak[d], blind[d] = 0, 0
			case !seen && blind[d] == maxBlind:
				streak[d] = maxBlind // the last maxBlind lines may open a run
			case !seen:
				streak[d]++
				blind[d]++
			default:
				streak[d]++
				blind[d] = 0
				if streak[d] >= minRun {
					return run{i: x - streak[d] + 1, j: y - streak[d] + 1}, true
				}
			}
		}
	}
	return run{}, false
}

// agree tells whether ja[i] and en[j] translate each other beyond doubt:
// neither is furniture, they have the same label path and kind, the same
// hard facts, and lengths in the document's proportion. seen is set when
// they share more than their lengths: a label path or a hard fact.
func (a *aligner) agree(i, j int) (ok, seen bool) {
	x, y := &a.ja[i], &a.en[j]
	if x.Furniture || y.Furniture || x.Path != y.Path || x.Family != y.Family ||
		x.Caption != y.Caption || x.Sentence != y.Sentence || x.DateLine != y.DateLine {
		return false, false
	}
	if !slices.Equal(x.Keys, y.Keys) {
		return false, false
	}
	least := minAgreeLength
	switch {
	case x.Path != "":
		least = minPathLength
	case len(x.Keys) > 0:
		least = minKeysLength
	}
	seen = x.Path != "" || len(x.Keys) > 0
	return a.lengthScore(x.Runes, y.Runes) >= least, seen
}

// lengthScore is pairScore's length term for lj Japanese and le English
// characters.
func (a *aligner) lengthScore(lj, le int) float64 {
	return 1.5 - 1.2*math.Abs(math.Log((float64(le)+10)/(a.norm*float64(lj)+10)))
}
