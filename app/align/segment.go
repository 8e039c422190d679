package align

import "math"

// The moves of the dynamic programme: how many blocks of each edition one
// pair takes. 1–3 and 3–1 are for the English that runs a greeting, a
// time and a place line into one sentence, or splits one long line.
var moves = [...][2]int{{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}}

// fullLimit is the largest stretch (cells) aligned without a band; beyond
// it only cells near the diagonal are considered, which keeps 100,000-unit
// releases linear while anchors keep real stretches far smaller.
const fullLimit = 4_000_000

// bandWidth is how far from the diagonal a banded stretch looks: far more
// than the drift that 1 % of missing lines causes between two anchors.
const bandWidth = 200

// segment aligns ja[i0:i1] with en[j0:j1].
func (a *aligner) segment(i0, i1, j0, j1 int) []Pair {
	n, m := i1-i0, j1-j0
	switch {
	case n == 0 && m == 0:
		return nil
	case n == 0 || m == 0:
		return a.oneSided(i0, i1, j0, j1)
	case n == 1 && m == 1:
		return a.single(i0, j0)
	}
	g := &a.grid
	g.reset(n, m)
	a.cells += g.cells()
	g.set(0, 0, 0, 0)
	for i := 0; i <= n; i++ {
		for j := g.lo[i]; j <= g.hi[i]; j++ {
			if i == 0 && j == 0 {
				continue
			}
			a.relax(g, i0, j0, i, j)
		}
	}
	return a.trace(g, i0, j0)
}

// single is the programme of a one-by-one stretch, the commonest between
// anchors when the editions agree, without its grid: the pair if it scores
// at least what two one-sided blocks cost, else the English block, then
// the Japanese one (the order the programme's moves trace).
func (a *aligner) single(i, j int) []Pair {
	a.cells += 4
	apart := 0 - skipCost
	apart -= skipCost // summed as the programme sums it
	if a.pairScore(i, 1, j, 1) >= apart {
		return []Pair{{JA: a.ints(i), EN: a.ints(j)}}
	}
	return []Pair{{EN: a.ints(j)}, {JA: a.ints(i)}}
}

// relax computes the best way into cell (i, j) of the grid.
func (a *aligner) relax(g *grid, i0, j0, i, j int) {
	best, from := math.Inf(-1), -1
	for k, mv := range moves {
		pi, pj := i-mv[0], j-mv[1]
		prev, ok := g.get(pi, pj)
		if !ok {
			continue
		}
		s := prev - skipCost
		if mv[0] > 0 && mv[1] > 0 {
			s = prev + a.pairScore(i0+pi, mv[0], j0+pj, mv[1])
		}
		if s > best {
			best, from = s, k
		}
	}
	g.set(i, j, best, int8(from))
}

func (a *aligner) oneSided(i0, i1, j0, j1 int) []Pair {
	out := make([]Pair, 0, i1-i0+j1-j0)
	for i := i0; i < i1; i++ {
		out = append(out, Pair{JA: a.ints(i)})
	}
	for j := j0; j < j1; j++ {
		out = append(out, Pair{EN: a.ints(j)})
	}
	return out
}

// grid holds the programme's cells row by row, each row only between lo
// and hi, so a band costs memory in proportion to its width. The rows lie
// end to end in one array (row i from off[i]), which an aligner reuses
// from one stretch to the next.
type grid struct {
	lo, hi, off []int
	score       []float64
	back        []int8
}

func newGrid(n, m int) *grid {
	g := &grid{}
	g.reset(n, m)
	return g
}

// reset shapes g for ja[n] × en[m], every cell unreached, reusing its
// arrays when they are large enough.
func (g *grid) reset(n, m int) {
	g.lo, g.hi, g.off = resize(g.lo, n+1), resize(g.hi, n+1), resize(g.off, n+1)
	width := m
	if (n+1)*(m+1) > fullLimit {
		width = bandWidth // the band follows the diagonal's slope, so n ≠ m needs no wider band
	}
	total := 0
	for i := 0; i <= n; i++ {
		c := i * m / n
		g.lo[i], g.hi[i] = max(0, c-width), min(m, c+width)
		if i == n {
			g.hi[i] = m
		}
		if i == 0 {
			g.lo[i] = 0
		}
		g.off[i] = total
		total += g.hi[i] - g.lo[i] + 1
	}
	g.score, g.back = resize(g.score, total), resize(g.back, total)
	for k := range g.score {
		g.score[k] = math.Inf(-1)
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// cells counts the grid's cells.
func (g *grid) cells() int { return len(g.score) }

func (g *grid) get(i, j int) (float64, bool) {
	if i < 0 || j < g.lo[max(i, 0)] || j > g.hi[i] {
		return 0, false
	}
	v := g.score[g.off[i]+j-g.lo[i]]
	return v, !math.IsInf(v, -1)
}

func (g *grid) set(i, j int, v float64, from int8) {
	g.score[g.off[i]+j-g.lo[i]] = v
	g.back[g.off[i]+j-g.lo[i]] = from
}

// trace walks back from the last cell of g and returns the pairs in order.
func (a *aligner) trace(g *grid, i0, j0 int) []Pair {
	i, j := len(g.lo)-1, g.hi[len(g.lo)-1]
	var rev []Pair
	for i > 0 || j > 0 {
		mv := moves[g.back[g.off[i]+j-g.lo[i]]]
		rev = append(rev, Pair{JA: a.run(i0+i-mv[0], mv[0]), EN: a.run(j0+j-mv[1], mv[1])})
		i, j = i-mv[0], j-mv[1]
	}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	return rev
}
