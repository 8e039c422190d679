package align

import "sort"

type anchor struct {
	i, j   int
	weight float64
}

// anchors returns certain pairs in document order. A candidate is a pair
// of blocks sharing a numbering path or a fact key that occurs exactly once
// in each edition; the heaviest chain increasing on both sides is kept, so
// a renumbered heading that disagrees with the facts around it loses.
func (a *aligner) anchors() []anchor {
	cands := a.candidates()
	chain := heaviestChain(cands)
	// An anchor must also look like a plausible pair on its own, and
	// better than the same block joined with a neighbour (a paragraph the
	// translator split in two shares its facts with both halves).
	out := chain[:0]
	for _, c := range chain {
		if s := a.pairScore(c.i, 1, c.j, 1); s > 0.5 && !a.mergeBeats(c, s) {
			out = append(out, c)
		}
	}
	return out
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

func (a *aligner) candidates() []anchor {
	type key struct {
		path string
		fact uint32
	}
	where := func(blocks []Block) map[key]int {
		m := map[key]int{}
		add := func(k key, i int) {
			if _, seen := m[k]; seen {
				m[k] = -1
			} else {
				m[k] = i
			}
		}
		for i := range blocks {
			if blocks[i].Furniture {
				continue
			}
			if blocks[i].Path != "" {
				// The label family is part of the key: a heading whose
				// parent is missing reads one level up, and its path then
				// equals a heading of another kind ("１" against "(1)").
				add(key{path: blocks[i].Path + "/" + blocks[i].Family}, i)
			}
			for _, f := range blocks[i].Keys {
				add(key{fact: f}, i)
			}
			for _, f := range blocks[i].Weak {
				add(key{fact: f}, i)
			}
		}
		return m
	}
	mj, me := where(a.ja), where(a.en)
	weights := map[[2]int]float64{}
	for k, i := range mj {
		j, ok := me[k]
		if i < 0 || !ok || j < 0 {
			continue
		}
		w := 1.0
		if k.path != "" {
			w = 0.9 // a path is a little less sure than a fact: renumbering happens
		}
		weights[[2]int{i, j}] += w
	}
	cands := make([]anchor, 0, len(weights))
	for p, w := range weights {
		cands = append(cands, anchor{i: p[0], j: p[1], weight: w})
	}
	sort.Slice(cands, func(x, y int) bool {
		if cands[x].i != cands[y].i {
			return cands[x].i < cands[y].i
		}
		return cands[x].j < cands[y].j
	})
	return cands
}

// heaviestChain keeps the subset of candidates, strictly increasing in
// both i and j, with the largest total weight (a weighted longest
// increasing subsequence, with a Fenwick tree over j for prefix maxima).
func heaviestChain(c []anchor) []anchor {
	if len(c) == 0 {
		return nil
	}
	maxJ := 0
	for _, x := range c {
		maxJ = max(maxJ, x.j)
	}
	tree := newMaxTree(maxJ + 2)
	best := make([]float64, len(c))
	prev := make([]int, len(c))
	// Candidates with equal i are processed as one group so that no two of
	// them chain together.
	for g := 0; g < len(c); {
		h := g
		for h < len(c) && c[h].i == c[g].i {
			h++
		}
		for k := g; k < h; k++ {
			w, from := tree.query(c[k].j) // best chain ending at j' < j
			best[k], prev[k] = w+c[k].weight, from
		}
		for k := g; k < h; k++ {
			tree.update(c[k].j+1, best[k], k)
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
	val []float64
	arg []int
}

func newMaxTree(n int) *maxTree {
	t := &maxTree{val: make([]float64, n+1), arg: make([]int, n+1)}
	for i := range t.arg {
		t.arg[i] = -1
	}
	return t
}

// update records value v (from candidate k) at 1-based position p.
func (t *maxTree) update(p int, v float64, k int) {
	for ; p < len(t.val); p += p & -p {
		if v > t.val[p] {
			t.val[p], t.arg[p] = v, k
		}
	}
}

// query returns the maximum over positions 1..p (i.e. j < p) and its argmax.
func (t *maxTree) query(p int) (float64, int) {
	v, k := 0.0, -1
	for ; p > 0; p -= p & -p {
		if t.val[p] > v {
			v, k = t.val[p], t.arg[p]
		}
	}
	return v, k
}
