package align

import (
	"slices"

	"taiyaku/app/parallel"
)

type anchor struct {
	i, j   int
	weight int // tenths: a shared fact weighs 10, a shared path 9
}

// Weights of the two kinds of evidence, in tenths: a path is a little less
// sure than a fact, since renumbering happens. Integers keep sums exact,
// so that the heaviest chain never depends on the order of additions.
const (
	factWeight = 10
	pathWeight = 9
)

// anchors returns certain pairs in document order. A candidate is a pair
// of blocks sharing a numbering path or a fact key that occurs exactly once
// in each edition; the heaviest chain increasing on both sides is kept, so
// a renumbered heading that disagrees with the facts around it loses.
func (a *aligner) anchors() []anchor {
	return a.anchorsIn(0, len(a.ja), 0, len(a.en))
}

// anchorsIn is anchors within ja[i0:i1] and en[j0:j1]: what is unique
// there counts, even if it recurs elsewhere in the release.
func (a *aligner) anchorsIn(i0, i1, j0, j1 int) []anchor {
	return a.choose(a.candidates(i0, i1, j0, j1))
}

// choose keeps the heaviest increasing chain of candidates, less those
// that do not look like pairs on their own.
func (a *aligner) choose(cands []anchor) []anchor {
	chain := heaviestChain(cands)
	// An anchor must also look like a plausible pair on its own, and
	// better than the same block joined with a neighbour (a paragraph the
	// translator split in two shares its facts with both halves).
	// Each is judged on its own, so on all cores.
	keep := make([]bool, len(chain))
	parallel.For(len(chain), func(k int) {
		c := chain[k]
		s := a.pairScore(c.i, 1, c.j, 1)
		keep[k] = s > 0.5 && !a.mergeBeats(c, s)
	})
	out := chain[:0]
	for k, c := range chain {
		if keep[k] {
			out = append(out, c)
		}
	}
	return out
}

// localCells bounds a stretch between anchors (cells of its dynamic
// programme) that is aligned as it is. In a longer one, what is unique
// within the stretch anchors it again, although it recurs elsewhere in
// the release: a long release repeats its numbers and terms, so unique
// facts thin out, and without this the programme grew with the square of
// the stretches.
const localCells = 64

// refine adds to anchors, which lie in ja[i0:i1] × en[j0:j1], the anchors
// of every stretch between them that is longer than localCells, and of
// the stretches between those, until none is found or the stretches are
// short.
func (a *aligner) refine(anchors []anchor, i0, i1, j0, j1 int) []anchor {
	out := make([]anchor, 0, len(anchors))
	pi, pj := i0, j0
	for _, an := range anchors {
		out = append(out, a.refineStretch(pi, an.i, pj, an.j)...)
		out = append(out, an)
		pi, pj = an.i+1, an.j+1
	}
	return append(out, a.refineStretch(pi, i1, pj, j1)...)
}

func (a *aligner) refineStretch(i0, i1, j0, j1 int) []anchor {
	if (i1-i0+1)*(j1-j0+1) <= localCells {
		return nil
	}
	local := a.anchorsIn(i0, i1, j0, j1)
	if len(local) == 0 {
		return nil
	}
	return a.refine(local, i0, i1, j0, j1)
}

// mergeBeats tells whether a 1–2 or 2–1 pair around anchor c scores
// better than c alone.
func (a *aligner) mergeBeats(c anchor, single float64) bool {
	for _, m := range [][4]int{{c.i, 1, c.j - 1, 2}, {c.i, 1, c.j, 2}, {c.i - 1, 2, c.j, 1}, {c.i, 2, c.j, 1}} {
		i, ni, j, nj := m[0], m[1], m[2], m[3]
		if i >= 0 && j >= 0 && i+ni <= len(a.ja) && j+nj <= len(a.en) && a.pairScore(i, ni, j, nj) > single {
			return true
		}
	}
	return false
}

// pathKey is a numbering path with its label family: a heading whose
// parent is missing reads one level up, and its path then equals a
// heading of another kind ("１" against "(1)").
type pathKey struct{ path, family string }

// uniquePaths maps the paths of blocks[lo:hi] to the one block that has
// it, or to -1 when several do.
func uniquePaths(blocks []Block, lo, hi int) map[pathKey]int {
	n := 0
	for i := lo; i < hi; i++ {
		if b := &blocks[i]; !b.Furniture && b.Path != "" {
			n++
		}
	}
	m := make(map[pathKey]int, n) // sized once: a release's labels fill thousands of entries
	for i := lo; i < hi; i++ {
		if b := &blocks[i]; !b.Furniture && b.Path != "" {
			k := pathKey{b.Path, b.Family}
			if _, seen := m[k]; seen {
				m[k] = -1
			} else {
				m[k] = i
			}
		}
	}
	return m
}

// candidates returns the pairs of ja[i0:i1] × en[j0:j1] that share
// something unique in both ranges, weighed by how much they share, in
// order of i then j.
func (a *aligner) candidates(i0, i1, j0, j1 int) []anchor {
	pj, pe := uniquePaths(a.ja, i0, i1), uniquePaths(a.en, j0, j1)
	cands := a.uniqueFactPairs(i0, i1, j0, j1, min(len(pj), len(pe)))
	for k, i := range pj {
		if j, ok := pe[k]; ok && i >= 0 && j >= 0 {
			cands = append(cands, anchor{i: i, j: j, weight: pathWeight})
		}
	}
	return mergeSame(cands)
}

// mergeSame orders candidates by i then j and makes one of each pair of
// blocks, weighing all they share (weights are integers: the sums do not
// depend on the order).
func mergeSame(cands []anchor) []anchor {
	slices.SortFunc(cands, func(x, y anchor) int {
		if x.i != y.i {
			return x.i - y.i
		}
		return x.j - y.j
	})
	out := cands[:0]
	for _, c := range cands {
		if n := len(out); n > 0 && out[n-1].i == c.i && out[n-1].j == c.j {
			out[n-1].weight += c.weight
			continue
		}
		out = append(out, c)
	}
	return out
}

// heaviestChain keeps the subset of candidates, strictly increasing in
// both i and j, with the largest total weight (a weighted longest
// increasing subsequence, with a Fenwick tree over j for prefix maxima).
func heaviestChain(c []anchor) []anchor {
	if len(c) == 0 {
		return nil
	}
	// The tree spans only the candidates' own columns: a stretch deep in
	// a long release costs its own size, not the release's.
	minJ, maxJ := c[0].j, c[0].j
	for _, x := range c {
		minJ, maxJ = min(minJ, x.j), max(maxJ, x.j)
	}
	tree := newMaxTree(maxJ - minJ + 2)
	best := make([]int, len(c))
	prev := make([]int, len(c))
	// Candidates with equal i are processed as one group so that no two of
	// them chain together.
	for g := 0; g < len(c); {
		h := g
		for h < len(c) && c[h].i == c[g].i {
			h++
		}
		for k := g; k < h; k++ {
			w, from := tree.query(c[k].j - minJ) // best chain ending at j' < j
			best[k], prev[k] = w+c[k].weight, from
		}
		for k := g; k < h; k++ {
			tree.update(c[k].j-minJ+1, best[k], k)
		}
		g = h
	}
	end := 0
	for k := range c {
		if best[k] > best[end] {
			end = k
		}
	}
	var chain []anchor
	for k := end; k >= 0; k = prev[k] {
		chain = append(chain, c[k])
	}
	for l, r := 0, len(chain)-1; l < r; l, r = l+1, r-1 {
		chain[l], chain[r] = chain[r], chain[l]
	}
	return chain
}

// maxTree is a Fenwick tree of prefix maxima carrying the argmax.
type maxTree struct {
	val []int
	arg []int
}

func newMaxTree(n int) *maxTree {
	t := &maxTree{val: make([]int, n+1), arg: make([]int, n+1)}
	for i := range t.arg {
		t.arg[i] = -1
	}
	return t
}

// update records value v (from candidate k) at 1-based position p.
func (t *maxTree) update(p int, v int, k int) {
	for ; p < len(t.val); p += p & -p {
		if v > t.val[p] {
			t.val[p], t.arg[p] = v, k
		}
	}
}

// query returns the maximum over positions 1..p (i.e. j < p) and its argmax.
func (t *maxTree) query(p int) (int, int) {
	v, k := 0, -1
	for ; p > 0; p -= p & -p {
		if t.val[p] > v {
			v, k = t.val[p], t.arg[p]
		}
	}
	return v, k
}
